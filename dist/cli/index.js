#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(5402);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(5407);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(5407);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5407:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(5402);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(5402);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 5402:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(9210);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 9210:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
exports.yo = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/checklist/defaults.ts
/** A failure means NO-GO unless the checklist says otherwise: fail closed. */
const DEFAULT_SEVERITY = 'blocking';
/** Long enough for a full test suite of a mid-sized project, short enough that a hung gate does not hold a runner for hours. */
const DEFAULT_TIMEOUT_MINUTES = 15;
/** Relative to the workspace: its root. */
const DEFAULT_WORKING_DIRECTORY = '.';
const DEFAULT_MIN_APPROVALS = 1;
/** The author vouching for their own change is not a second pair of eyes. */
const DEFAULT_ALLOW_AUTHOR = false;
const DEFAULT_YAML_TITLE = 'Go/No-Go';
/** A Markdown checklist without a `#` heading. */
const DEFAULT_MARKDOWN_TITLE = 'Deployment checklist';
/** Section of Markdown items above the first heading. */
const DEFAULT_MARKDOWN_SECTION = 'Checklist';
/** Minutes as the runner's milliseconds; at least 1 ms, since a timeout of 0 could read as "no timeout" further down. */
function timeoutMsOf(minutes) {
    return Math.max(1, Math.round(minutes * 60_000));
}
/** The run settings of a command item that sets none of its own (fresh objects: callers may fill them in). */
function commandDefaults() {
    return { timeoutMs: timeoutMsOf(DEFAULT_TIMEOUT_MINUTES), workingDirectory: DEFAULT_WORKING_DIRECTORY, env: {}, needs: [], expect: {} };
}
/** The sign-off rules of a manual item that sets none of its own: one person with write access who is not the author. */
function manualDefaults() {
    return { signedOff: false, approvers: [], minApprovals: DEFAULT_MIN_APPROVALS, allowAuthor: DEFAULT_ALLOW_AUTHOR, paths: [], needs: [] };
}

;// CONCATENATED MODULE: ./src/checklist/limits.ts
/**
 * Every limit the checklist readers apply, with the margin each leaves over real use. The file
 * comes from the pull request, so each reader bounds what it reads and what it says about it; a
 * limit that is reached is reported, never passed over in silence.
 *
 * Sizes are in bytes or characters, depths in levels, counts in things reported.
 */
// ── Sizes ──────────────────────────────────────────────────────────────────────────────────────
/**
 * Largest checklist read, in UTF-8 bytes (YAML and Markdown, from the workspace or from git).
 * Real checklists are 2–12 KB (the three shared team checklists are 9.6–11.5 KB): 1 MiB is ~90×
 * that, while a file this size still parses in well under a second.
 */
const MAX_CHECKLIST_BYTES = 1024 * 1024;
/** Key names quoted in a message are cut here: real keys are under 20 characters; a hostile one must not fill the summary. */
const MAX_QUOTED_KEY_CHARS = 60;
/** The YAML library's own syntax message is cut here: its first sentence is 30–90 characters. */
const MAX_SYNTAX_MESSAGE_CHARS = 120;
/** A word longer than this gets no "did you mean": every allowed key is at most 19 characters. */
const MAX_TYPO_WORD_CHARS = 40;
/** Ids made from Markdown text are cut here: long enough to stay readable, short enough for a report table. */
const MAX_ID_CHARS = 48;
/** A signature label ("Product Owner", "Approved by") is a letter and at most this many characters more; anything longer is prose that happens to hold a colon. */
const MAX_SIGNATURE_LABEL_CHARS = 60;
/** CommonMark: an ordered list marker has at most 9 digits; `1234567890.` is text. */
const MAX_LIST_NUMBER_DIGITS = 9;
/** A heading or phrase quoted to say where a severity came from is cut here: enough to recognise it. */
const MAX_QUOTED_SOURCE_CHARS = 60;
// ── Depths ─────────────────────────────────────────────────────────────────────────────────────
/**
 * Nested boxes below this depth join the deepest allowed level: real checklists nest 2–3 levels,
 * and a hostile staircase of thousands must not grow the stack or the section titles.
 */
const MAX_BOX_DEPTH = 16;
// ── Counts ─────────────────────────────────────────────────────────────────────────────────────
/** Problems listed for a broken file; more are summarised in one line, so the summary stays readable. */
const MAX_PROBLEMS_SHOWN = 25;
/**
 * Schema errors collected before checking stops: enough to fill the problems shown eight times
 * over; a 1 MiB file of bad items would otherwise yield 60,000 and take seconds.
 */
const MAX_SCHEMA_ERRORS = 200;
/** Lines reported for control characters: one is enough to act on, five show a pattern. */
const MAX_CONTROL_CHARACTER_LINES = 5;
/** Edits a typo may be from a key to get a "did you mean" (and at most half the key's length, so `id` suggests nothing wild). */
const MAX_TYPO_EDITS = 2;
// ── Gates ──────────────────────────────────────────────────────────────────────────────────────
/** Longest gate timeout: a GitHub-hosted job's own limit. It also keeps `.inf` out (timers treat it as 1 ms). */
const MAX_TIMEOUT_MINUTES = 360;

;// CONCATENATED MODULE: ./src/checklist/types.ts
/** The typed checklist every source format (YAML, Markdown) is turned into before anything runs. */
/** How much an item's failure weighs in the decision (not to be confused with an audit finding's severity). */
const ITEM_SEVERITIES = ['blocking', 'warning', 'info'];
const PARSER_NAMES = ['cargo-test', 'cargo-clippy', 'cargo-fmt', 'cargo-audit', 'npm-audit', 'node-test', 'jest', 'vitest', 'mocha', 'npm-test', 'exit-code'];
const AUDIT_SEVERITIES = ['info', 'low', 'moderate', 'medium', 'high', 'critical'];
class ChecklistError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
        this.name = 'ChecklistError';
    }
}
function formatProblem(problem) {
    const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
    const key = problem.key ? ` (key \`${problem.key}\`)` : '';
    return `${where}${key}: ${problem.message}`;
}
function allItems(checklist) {
    return checklist.sections.flatMap((section) => section.items);
}

;// CONCATENATED MODULE: ./src/checklist/schema.ts
/**
 * JSON Schema of the checklist format, version 1. `checklists/schema.json` is written from this by
 * `node scripts/write-schema.mjs` (a test fails when the two differ). Editors read the descriptions
 * for completion, so every key carries one.
 */



const ID_PATTERN = '^[a-z0-9][a-z0-9_-]*$';
/** Environment variable names a POSIX shell accepts; anything else would be dropped or break the spawn. */
const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
/** Titles must show something: at least one character that is not white space. */
const NOT_BLANK = '\\S';
const timeoutMinutes = {
    type: 'number',
    exclusiveMinimum: 0,
    maximum: MAX_TIMEOUT_MINUTES,
    description: `Minutes before the gate is stopped and reported as an error (never a pass). Fractions allowed; more than 0, at most ${MAX_TIMEOUT_MINUTES}. Default ${DEFAULT_TIMEOUT_MINUTES}.`
};
const workingDirectory = {
    type: 'string',
    minLength: 1,
    description: `Directory the command runs in, relative to the workspace; it may not lead outside it. Default \`${DEFAULT_WORKING_DIRECTORY}\`.`
};
const ids = (description) => ({ type: 'array', items: { type: 'string', pattern: ID_PATTERN }, uniqueItems: true, description });
const texts = (description) => ({ type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description });
const CHECKLIST_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json',
    title: 'go-no-go checklist',
    description: 'A deployment checklist (format version 1) that go-no-go runs and decides on: GO / CONDITIONAL GO / NO-GO. Default location: .github/go-no-go.yml.',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'sections'],
    properties: {
        version: { const: 1, description: 'Format version; always 1.' },
        title: { type: 'string', minLength: 1, pattern: NOT_BLANK, description: `Shown at the top of the report. Default "${DEFAULT_YAML_TITLE}".` },
        defaults: {
            type: 'object',
            additionalProperties: false,
            description: 'Applied to every command item that does not set its own.',
            properties: { 'timeout-minutes': timeoutMinutes, 'working-directory': workingDirectory }
        },
        sections: {
            type: 'array',
            items: { $ref: '#/definitions/section' },
            description: 'Groups of items, shown in this order. An empty list is valid; the verdict decides what an empty checklist means.'
        }
    },
    definitions: {
        section: {
            type: 'object',
            additionalProperties: false,
            required: ['title', 'items'],
            description: 'A titled group of checklist items.',
            properties: {
                title: { type: 'string', minLength: 1, pattern: NOT_BLANK, description: 'Heading of the section in the report.' },
                items: { type: 'array', items: { $ref: '#/definitions/item' }, description: 'The checks of this section.' }
            }
        },
        item: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'title'],
            description: 'One check. Exactly one of `run` (a command gate), `file` (evidence) or `manual: true` (a person signs off).',
            properties: {
                id: { type: 'string', pattern: ID_PATTERN, description: 'Unique across the checklist: lower-case letters, digits, `-` and `_`, starting with a letter or digit.' },
                title: { type: 'string', minLength: 1, pattern: NOT_BLANK, description: 'What the check proves, as the report shows it.' },
                run: {
                    type: 'string',
                    minLength: 1,
                    description: 'A command gate, run with /bin/sh in the working directory. Its output is parsed (cargo, npm, node --test, jest…) or its exit code decides.'
                },
                file: { type: 'string', minLength: 1, description: 'Evidence: passes when this file (relative to the workspace) exists, is a regular file and is not empty.' },
                manual: { const: true, description: 'A person signs off on the pull request; pending until then.' },
                severity: {
                    enum: [...ITEM_SEVERITIES],
                    description: `${DEFAULT_SEVERITY} (default): a failure means NO-GO. warning: a failure means CONDITIONAL GO. info: never changes the decision.`
                },
                'timeout-minutes': timeoutMinutes,
                'working-directory': workingDirectory,
                env: {
                    type: 'object',
                    propertyNames: { pattern: ENV_NAME_PATTERN },
                    additionalProperties: { type: ['string', 'number', 'boolean'] },
                    description: 'Extra environment variables for the command; numbers and booleans are turned into text.'
                },
                needs: ids('Ids of items that must pass first; when one does not, this item is not run and counts as an error.'),
                parser: { enum: [...PARSER_NAMES], description: 'How to read the output; detected from `run` when absent. exit-code trusts the exit status alone.' },
                expect: { $ref: '#/definitions/expect' },
                approvers: texts('Manual items: who may sign off: GitHub logins, or `team:org/slug`. Default: anyone with write access.'),
                'min-approvals': { type: 'integer', minimum: 1, description: `Manual items: sign-offs needed. Default ${DEFAULT_MIN_APPROVALS}.` },
                'allow-author': { type: 'boolean', description: `Manual items: whether the pull request's author may sign off. Default ${DEFAULT_ALLOW_AUTHOR}.` },
                paths: texts('Manual items: globs; a sign-off is invalidated when a later commit changes a matching file.')
            },
            oneOf: [{ required: ['run'] }, { required: ['file'] }, { required: ['manual'] }]
        },
        expect: {
            type: 'object',
            additionalProperties: false,
            description: 'Thresholds for a command gate; each parser reads the ones that apply to it.',
            properties: {
                'pass-rate': { type: 'number', minimum: 0, maximum: 100, description: 'Percent of executed tests that must pass. Default 100.' },
                'max-failures': { type: 'integer', minimum: 0, description: 'Failed tests tolerated.' },
                'min-tests': { type: 'integer', minimum: 0, description: 'Fewest tests that must run. Default 1: zero tests prove nothing.' },
                'max-warnings': { type: 'integer', minimum: 0, description: 'Warnings tolerated (clippy, audit warnings).' },
                'max-vulnerabilities': { type: 'integer', minimum: 0, description: 'Vulnerabilities tolerated outside allowed-severities (audits). Default 0.' },
                'allowed-severities': {
                    type: 'array',
                    items: { enum: [...AUDIT_SEVERITIES] },
                    uniqueItems: true,
                    description: 'Audit severities that never fail the gate, e.g. [info, low].'
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/report/problems.ts
/** A checklist that could not be read, for the terminal: every problem with file, line and key. */

function formatProblemsForTerminal(problems) {
    return problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
}

;// CONCATENATED MODULE: ./src/text/sanitize.ts
/**
 * Text from gates and checklists on its way into a report. Everything here is a linear scan or a
 * regex without nested quantifiers: this runs on untrusted output, and back-tracking there has
 * been a ReDoS before (ansi-regex).
 */
const ESC = 0x1b;
const BEL = 0x07;
const CSI_C1 = 0x9b;
const OSC_C1 = 0x9d;
const ST_C1 = 0x9c;
/**
 * Removes ANSI/VT escape sequences (CSI, OSC such as hyperlinks, DCS/SOS/PM/APC strings and
 * two-character escapes), other C0/C1 controls except tab and newline, and bidirectional
 * overrides/isolates that can make text read differently from what it is. Zero-width joiners
 * stay: emoji need them, and they cannot reorder text.
 */
function stripControl(text) {
    let out = '';
    let index = 0;
    const length = text.length;
    while (index < length) {
        const code = text.charCodeAt(index);
        if (code === ESC || code === CSI_C1 || code === OSC_C1) {
            index = skipEscape(text, index);
            continue;
        }
        if (isDroppedControl(code)) {
            index++;
            continue;
        }
        // Copy a run of ordinary characters at once: far faster than one at a time on large input.
        let end = index + 1;
        while (end < length) {
            const next = text.charCodeAt(end);
            if (next === ESC || isDroppedControl(next))
                break;
            end++;
        }
        out += text.slice(index, end);
        index = end;
    }
    return out;
}
function isDroppedControl(code) {
    if (code === 0x09 || code === 0x0a)
        return false;
    if (code < 0x20 || code === 0x7f)
        return true;
    if (code >= 0x80 && code <= 0x9f)
        return true;
    if (code >= 0x202a && code <= 0x202e)
        return true;
    if (code >= 0x2066 && code <= 0x2069)
        return true;
    return false;
}
/**
 * Returns the index just past the escape sequence starting at `start`. Each character is looked
 * at once; a character that cannot belong to the sequence ends it and is left for the caller, so
 * a broken escape never swallows the newline or text after it.
 */
function skipEscape(text, start) {
    const length = text.length;
    const first = text.charCodeAt(start);
    let index = start + 1;
    let kind;
    if (first === CSI_C1)
        kind = 0x5b;
    else if (first === OSC_C1)
        kind = 0x5d;
    else {
        if (index >= length)
            return index;
        kind = text.charCodeAt(index);
        // ESC followed by something no sequence starts with: drop the ESC alone.
        if (kind < 0x20 || kind > 0x7e)
            return index;
        index++;
    }
    if (kind === 0x5b) {
        // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
        while (index < length) {
            const code = text.charCodeAt(index);
            if (code >= 0x20 && code <= 0x3f) {
                index++;
                continue;
            }
            if (code >= 0x40 && code <= 0x7e)
                return index + 1;
            return index;
        }
        return index;
    }
    if (kind === 0x5d || kind === 0x50 || kind === 0x58 || kind === 0x5e || kind === 0x5f) {
        // OSC, DCS, SOS, PM, APC: a string ended by BEL, ESC \ or ST; a newline ends a broken one.
        while (index < length) {
            const code = text.charCodeAt(index);
            if (code === BEL || code === ST_C1)
                return index + 1;
            if (code === ESC)
                return text.charCodeAt(index + 1) === 0x5c ? index + 2 : index;
            if (code === 0x0a)
                return index;
            index++;
        }
        return index;
    }
    // nF escapes (ESC ( B and friends) take intermediate bytes and one final byte.
    if (kind >= 0x20 && kind <= 0x2f) {
        while (index < length) {
            const code = text.charCodeAt(index);
            if (code >= 0x20 && code <= 0x2f) {
                index++;
                continue;
            }
            return code >= 0x30 && code <= 0x7e ? index + 1 : index;
        }
    }
    // Two-character escapes: ESC 7, ESC =, ESC M, ...
    return index;
}
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** `<img`, `<a `, `<!--` and `</details>` become text. Untrusted text never goes into an attribute. */
function escapeHtml(text) {
    return text.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character]);
}
/** A backtick fence longer than any run of backticks inside, so the text cannot close it. */
function fenceFor(text) {
    return '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
}
function longestBacktickRun(text) {
    let longest = 0;
    let run = 0;
    for (let index = 0; index < text.length; index++) {
        if (text.charCodeAt(index) === 0x60) {
            run++;
            if (run > longest)
                longest = run;
        }
        else {
            run = 0;
        }
    }
    return longest;
}
const ZERO_WIDTH_SPACE = '\u200b';
/** `@user` and `@org/team` would notify people: a zero-width space after `@` keeps it readable and inert. */
function neutraliseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}
/**
 * `#1`, `owner/repo#1` and `GH-1` would put a backlink on another issue, and a bare URL becomes a
 * link (to an issue, a backlink too; elsewhere, a phishing link). Each is broken by a zero-width space.
 */
function defangReferences(text) {
    return text
        .replace(/#(?=[0-9])/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\bGH-(?=[0-9])/gi, (match) => `${match.slice(0, 2)}${ZERO_WIDTH_SPACE}-`)
        .replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`)
        .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}
/** Mentions and references together: what every piece of untrusted text shown on GitHub needs. */
function neutraliseReferences(text) {
    return defangReferences(neutraliseMentions(text));
}
/** Untrusted text as one line of plain Markdown prose (a table cell, a reason, a finding). */
function safeInline(text) {
    const flat = stripControl(text).replace(/\r?\n/g, ' ');
    return neutraliseReferences(escapeHtml(flat))
        .replace(/([\\`*_[\]~|])/g, '\\$1')
        .replace(/^(\s*)([-+#=>])/, '$1\\$2');
}
/** Untrusted text inside raw HTML we write (a `<summary>`): Markdown is not read there, so only HTML escaping. */
function safeHtmlText(text) {
    return neutraliseReferences(escapeHtml(stripControl(text).replace(/\r?\n/g, ' ')));
}
/**
 * Untrusted text as inline code: shown exactly (test names stay copyable), inert as HTML and as a
 * mention. In a table cell `|` must still be escaped, or it would end the cell.
 */
function codeSpan(text, options = {}) {
    // Text with HTML in it is written as an escaped <code> element, so no raw tag is ever in the source.
    if (/[<>&]/.test(text))
        return `<code>${safeInline(text)}</code>`;
    let clean = neutraliseMentions(stripControl(text).replace(/\r?\n/g, ' '));
    if (options.inTable)
        clean = clean.replace(/\|/g, '\\|');
    const ticks = '`'.repeat(longestBacktickRun(clean) + 1);
    // A space on both sides lets the span start or end with a backtick.
    const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : '';
    return `${ticks}${pad}${clean}${pad}${ticks}`;
}
/** A block of untrusted output as a code fence that nothing inside can break out of. */
function codeBlock(text, language = '') {
    const clean = neutraliseReferences(stripControl(text)).replace(/\n+$/, '');
    const fence = fenceFor(clean);
    return `${fence}${language}\n${clean}\n${fence}`;
}
/** Cuts `text` to at most `maxChars` UTF-16 units without splitting a surrogate pair. */
function sliceSafe(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    let end = Math.max(0, maxChars);
    const code = text.charCodeAt(end - 1);
    if (end > 0 && code >= 0xd800 && code <= 0xdbff)
        end--;
    return text.slice(0, end);
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/constants.ts
/** Every input, output and marker name in one place; action.yml must agree (a test checks it). */
const constants_INPUTS = {
    checklist: 'checklist',
    workingDirectory: 'working-directory',
    concurrency: 'concurrency',
    failOn: 'fail-on',
    allowEmpty: 'allow-empty',
    githubToken: 'github-token',
    comment: 'comment',
    commentKey: 'comment-key',
    checkName: 'check-name',
    checkRun: 'check-run',
    statusContext: 'status-context',
    allowUntrustedCode: 'allow-untrusted-code'
};
const OUTPUTS = {
    decision: 'decision',
    passed: 'passed',
    failed: 'failed',
    errored: 'errored',
    pending: 'pending',
    report: 'report',
    commentUrl: 'comment-url',
    checkRunUrl: 'check-run-url'
};
const constants_DEFAULT_CHECKLIST_PATH = '.github/go-no-go.yml';
const constants_FAIL_ON_VALUES = ['no-go', 'conditional-go', 'never'];
const constants_COMMENT_MODES = (/* unused pure expression or super */ null && (['true', 'false', 'on-failure']));
/** Grace between SIGTERM and SIGKILL for a gate being stopped. */
const KILL_GRACE_MS = 5_000;
/** The job summary limit is 1 MiB per step; stay clear of it. */
const JOB_SUMMARY_BUDGET_BYTES = (/* unused pure expression or super */ null && (900 * 1024));

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/settings.ts
/** Every action input is read here, once, into a typed object. Nothing else reads inputs. */



class InputError extends Error {
    constructor(input, value, expected) {
        super(`Invalid input '${input}': ${JSON.stringify(value)}. Expected ${expected}.`);
        this.name = 'InputError';
    }
}
function readSettings(getInput, env) {
    const read = (name) => getInput(name).trim();
    const problems = [];
    /** Reads one input; a bad one is recorded and the run is refused, so its stand-in is never used. */
    const attempt = (readValue, standIn) => {
        try {
            return readValue();
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            problems.push(error.message);
            return standIn;
        }
    };
    const root = env.GITHUB_WORKSPACE ?? process.cwd();
    const workingDirectory = read(INPUTS.workingDirectory) || '.';
    const checklist = read(INPUTS.checklist) || DEFAULT_CHECKLIST_PATH;
    const statusContext = read(INPUTS.statusContext);
    const givenKey = read(INPUTS.commentKey);
    const failOn = attempt(() => readChoice(INPUTS.failOn, read(INPUTS.failOn) || 'no-go', FAIL_ON_VALUES), undefined);
    const concurrency = attempt(() => readConcurrency(read(INPUTS.concurrency)), 1);
    const allowEmpty = attempt(() => readBoolean(INPUTS.allowEmpty, read(INPUTS.allowEmpty), false), false);
    const allowUntrustedCode = attempt(() => readBoolean(INPUTS.allowUntrustedCode, read(INPUTS.allowUntrustedCode), false), false);
    const comment = attempt(() => readChoice(INPUTS.comment, read(INPUTS.comment) || 'true', COMMENT_MODES), 'false');
    // The default is the checklist path as it is, spaces and all: the comment marker encodes it.
    const commentKey = givenKey ? attempt(() => readCommentKey(givenKey), '') : checklist;
    const checkRun = attempt(() => readBoolean(INPUTS.checkRun, read(INPUTS.checkRun), true), false);
    const [firstProblem, ...otherProblems] = problems;
    if (firstProblem !== undefined || failOn === undefined) {
        return { ok: false, problems: [firstProblem ?? `Invalid input '${INPUTS.failOn}'.`, ...otherProblems], ...(failOn ? { failOn } : {}), checklist };
    }
    return {
        ok: true,
        settings: {
            checklist,
            workspace: path.resolve(root, workingDirectory),
            workspaceRoot: path.resolve(root),
            concurrency,
            failOn,
            allowEmpty,
            allowUntrustedCode,
            token: read(INPUTS.githubToken),
            comment,
            commentKey,
            checkName: read(INPUTS.checkName) || 'Go/No-Go',
            checkRun,
            ...(statusContext ? { statusContext } : {}),
            maxApiWaitMs: readMilliseconds(env.GO_NO_GO_API_MAX_WAIT_MS, 120_000),
            retryUnitMs: readMilliseconds(env.GO_NO_GO_API_RETRY_UNIT_MS, 1_000)
        }
    };
}
function readMilliseconds(value, fallback) {
    return value !== undefined && /^\d{1,7}$/.test(value) ? Number(value) : fallback;
}
function readConcurrency(value) {
    if (value === '')
        return Math.max(1, external_node_os_default().availableParallelism());
    if (!/^[1-9][0-9]{0,3}$/.test(value))
        throw new InputError(constants_INPUTS.concurrency, value, 'a whole number from 1 to 9999');
    return Number(value);
}
function readBoolean(name, value, fallback) {
    if (value === '')
        return fallback;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw new InputError(name, value, 'true or false');
}
function readChoice(name, value, choices) {
    if (choices.includes(value))
        return value;
    throw new InputError(name, value, `one of ${choices.join(', ')}`);
}
/**
 * The key ends up inside an HTML comment marker. The marker encodes anything unusual, but a key
 * a person chose is still held to plain characters, so what they typed is what the marker shows.
 */
function readCommentKey(value) {
    if (!/^[A-Za-z0-9._/-]{1,100}$/.test(value)) {
        throw new InputError(INPUTS.commentKey, value, 'letters, digits, ".", "_", "/" or "-" (at most 100)');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/cli/errors.ts
/** Failures the CLI explains in a line or two and exits 2 on; anything else is a bug and keeps its stack. */
/** Something the user can fix (a missing file, a refused overwrite): printed as it is, no stack. */
class CliError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CliError';
    }
}
/** A mistake on the command line: the message, then a pointer to --help. */
class UsageError extends CliError {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}

;// CONCATENATED MODULE: ./src/cli/presets.ts
// Generated from checklists/*.yml by `npm run presets`: edit those files, then run it.
const PRESET_NAMES = ['rust', 'node'];
/** The preset checklists, byte for byte as in checklists/<name>.yml. */
const PRESETS = {
    rust: '# go-no-go preset for a Rust project. Copy to .github/go-no-go.yml and adjust.\n# yaml-language-server: $schema=https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json\n#\n# Each item has exactly one of:\n#   run:          a command; its output is read (cargo test, clippy, fmt, audit) and thresholds applied\n#   file:         evidence that must exist and not be empty\n#   manual: true  a person signs off on the pull request\n# severity: blocking (default) fails to NO-GO, warning to CONDITIONAL GO, info never changes the decision.\n# A gate that cannot run, times out or prints nothing readable is an error, never a pass.\nversion: 1\ntitle: Release readiness\ndefaults:\n  timeout-minutes: 20          # per gate; fractions allowed (0.5 = 30 s)\nsections:\n  - title: Code quality\n    items:\n      - id: fmt\n        title: Formatting is clean\n        run: cargo fmt --all -- --check\n      - id: clippy\n        title: No clippy warnings\n        # -D warnings turns every warning into an error; without it, expect.max-warnings decides.\n        run: cargo clippy --all-targets --all-features -- -D warnings\n\n  - title: Testing\n    items:\n      - id: build\n        title: The workspace builds\n        run: cargo build --workspace --all-targets\n      - id: tests\n        title: All tests pass\n        # --no-fail-fast runs every test crate, so the report counts all failures, not the first.\n        run: cargo test --workspace --no-fail-fast\n        needs: [build]             # not run (an error, never a pass) when the build fails\n        expect:\n          pass-rate: 100           # percent of executed tests\n          min-tests: 1             # zero tests run proves nothing\n\n  - title: Security\n    items:\n      - id: audit\n        title: No known vulnerabilities in dependencies\n        # Needs cargo-audit on the runner (cargo install cargo-audit) and network access to the\n        # advisory database; if it cannot run, the gate is an error, never a pass.\n        run: cargo audit\n        expect:\n          max-vulnerabilities: 0\n      - id: security-signoff\n        title: Security review signed off\n        manual: true\n        # approvers: [team:your-org/security]   # who may sign off (default: anyone with write access)\n        # paths: ["src/auth/**"]                # a later change there invalidates the sign-off\n\n  - title: Operations\n    items:\n      - id: rollback\n        title: Rollback runbook exists\n        file: docs/ROLLBACK.md\n      - id: changelog\n        title: Changelog updated\n        file: CHANGELOG.md\n        severity: warning\n',
    node: '# go-no-go preset for a Node.js project. Copy to .github/go-no-go.yml and adjust.\n# yaml-language-server: $schema=https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json\n#\n# Install dependencies (npm ci) in an earlier workflow step: gates only check, they do not set up.\n# Each item has exactly one of run: (a command), file: (evidence) or manual: true (a sign-off).\n# severity: blocking (default) fails to NO-GO, warning to CONDITIONAL GO, info never changes the decision.\n# A gate that cannot run, times out or prints nothing readable is an error, never a pass.\nversion: 1\ntitle: Release readiness\ndefaults:\n  timeout-minutes: 15          # per gate; fractions allowed (0.5 = 30 s)\nsections:\n  - title: Code quality\n    items:\n      - id: lint\n        title: Lint is clean\n        run: npm run lint\n      - id: build\n        title: The project builds\n        run: npm run build\n\n  - title: Testing\n    items:\n      - id: tests\n        title: All tests pass\n        # npm test is read whatever runs underneath: node --test, jest, vitest or mocha.\n        run: npm test\n        needs: [build]             # not run (an error, never a pass) when the build fails\n        expect:\n          pass-rate: 100           # percent of executed tests\n          min-tests: 1             # zero tests run proves nothing\n\n  - title: Security\n    items:\n      - id: audit\n        title: No high or critical vulnerabilities\n        # --json lets go-no-go count by severity; an unreachable registry is an error, never a pass.\n        run: npm audit --json\n        expect:\n          allowed-severities: [info, low, moderate]\n      - id: security-signoff\n        title: Security review signed off\n        manual: true\n        severity: warning\n        # approvers: [team:your-org/security]   # who may sign off (default: anyone with write access)\n\n  - title: Operations\n    items:\n      - id: rollback\n        title: Rollback runbook exists\n        file: docs/ROLLBACK.md\n'
};

;// CONCATENATED MODULE: ./src/cli/args.ts
/** The command line, parsed into one typed command. Pure: argv in, command out, UsageError for anything else. */





const FORMATS = ['terminal', 'markdown', 'json'];
const OPTIONS = {
    checklist: { type: 'string', short: 'c' },
    cwd: { type: 'string', short: 'C' },
    format: { type: 'string', short: 'f' },
    concurrency: { type: 'string', short: 'j' },
    'fail-on': { type: 'string' },
    'allow-empty': { type: 'boolean' },
    'gates-only': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    preset: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' }
};
const COMMON = ['cwd', 'help', 'version'];
/** Which options each command accepts; anything else is an error rather than silently ignored. */
const ACCEPTS = {
    run: [...COMMON, 'checklist', 'format', 'concurrency', 'fail-on', 'allow-empty', 'gates-only', 'quiet'],
    init: [...COMMON, 'checklist', 'preset', 'force'],
    import: COMMON,
    schema: COMMON
};
function parseCommandLine(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new UsageError(describeParseError(error));
    }
    const { values, positionals } = parsed;
    if (values.help || positionals[0] === 'help')
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [first = 'run', ...rest] = positionals;
    if (!isCommandName(first))
        throw new UsageError(`unknown command "${first}" (commands: run, init, import, schema)`);
    const unwanted = Object.keys(values).filter((name) => !ACCEPTS[first].includes(name));
    if (unwanted.length > 0)
        throw new UsageError(`${unwanted.map((name) => `--${name}`).join(', ')} cannot be used with ${first}`);
    const cwd = values.cwd ?? '.';
    if (cwd === '')
        throw new UsageError('--cwd needs a directory');
    switch (first) {
        case 'import': {
            if (rest.length !== 1)
                throw new UsageError('import needs exactly one Markdown checklist, e.g. go-no-go import DEPLOYMENT.md');
            return { kind: 'import', cwd, file: rest[0] };
        }
        case 'schema':
            refuseExtra(first, rest);
            return { kind: 'schema' };
        case 'init':
            refuseExtra(first, rest);
            return {
                kind: 'init',
                cwd,
                checklist: values.checklist ?? constants_DEFAULT_CHECKLIST_PATH,
                ...(values.preset !== undefined ? { preset: choice('--preset', values.preset, PRESET_NAMES) } : {}),
                force: values.force ?? false
            };
        case 'run':
            refuseExtra(first, rest);
            return {
                kind: 'run',
                cwd,
                checklist: values.checklist ?? constants_DEFAULT_CHECKLIST_PATH,
                checklistGiven: values.checklist !== undefined,
                format: choice('--format', values.format ?? 'terminal', FORMATS),
                failOn: choice('--fail-on', values['fail-on'] ?? 'no-go', constants_FAIL_ON_VALUES),
                concurrency: concurrency(values.concurrency ?? ''),
                allowEmpty: values['allow-empty'] ?? false,
                gatesOnly: values['gates-only'] ?? false,
                quiet: values.quiet ?? false
            };
    }
}
function isCommandName(name) {
    return Object.hasOwn(ACCEPTS, name);
}
function refuseExtra(command, rest) {
    if (rest.length > 0)
        throw new UsageError(`${command} takes no arguments, but got "${rest[0]}"`);
}
function choice(name, value, choices) {
    try {
        return readChoice(name, value, choices);
    }
    catch (error) {
        throw new UsageError(error instanceof InputError ? `${name} must be one of ${choices.join(', ')}, not ${JSON.stringify(value)}` : String(error));
    }
}
function concurrency(value) {
    try {
        return readConcurrency(value);
    }
    catch {
        throw new UsageError(`--concurrency must be a whole number from 1 to 9999, not ${JSON.stringify(value)}`);
    }
}
/** Node's own messages suggest `--` tricks a newcomer does not need; say what was wrong instead. */
function describeParseError(error) {
    const { code, message = String(error) } = error;
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    const option = /--[a-z-]+/.exec(quoted)?.[0] ?? quoted;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `unknown option ${quoted}`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        if (/argument missing|ambiguous/.test(message))
            return `${option} needs a value`;
        if (/does not take an argument/.test(message))
            return `${option} takes no value`;
    }
    return message.split('\n')[0];
}

;// CONCATENATED MODULE: ./src/cli/help.ts
/** What `go-no-go --help` prints, and the short form shown after a usage error. */

const USAGE_SYNOPSIS = `Usage:
  go-no-go [run] [options]        run every gate of the checklist and print the verdict
  go-no-go init [--preset rust|node] [--force]
                                  write a starter ${constants_DEFAULT_CHECKLIST_PATH} for this project
  go-no-go import CHECKLIST.md    print a Markdown checklist as go-no-go YAML
  go-no-go schema                 print the JSON Schema of the checklist format`;
const HELP = `go-no-go: reads a deployment checklist, runs every gate a machine can run, and decides
GO / CONDITIONAL GO / NO-GO.

${USAGE_SYNOPSIS}

Options for run:
  -c, --checklist PATH   the checklist, YAML or Markdown (.md); default ${constants_DEFAULT_CHECKLIST_PATH}
  -C, --cwd DIR          the project: gates run there and paths resolve there (default: .)
  -f, --format FORMAT    terminal (default), markdown or json; the report goes to stdout
  -j, --concurrency N    gates run at once (default: one per CPU)
      --fail-on WHEN     exit 1 on no-go (default), conditional-go, or never
      --gates-only       before pushing: sign-offs are listed but do not block, so a clean
                         tree can be GO here; the pull request still needs them
      --allow-empty      a checklist with nothing blocking or warning is GO, not NO-GO
  -q, --quiet            no progress on stderr, only the report
  -h, --help             show this help
  -V, --version          print the version

Options for init:
  -C, --cwd DIR          the project to look at (default: .)
  -c, --checklist PATH   where to write it (default: ${constants_DEFAULT_CHECKLIST_PATH})
      --preset NAME      rust or node, when both or neither are detected
      --force            overwrite an existing checklist

Examples:
  go-no-go init                              start a checklist for this project
  go-no-go                                   run ${constants_DEFAULT_CHECKLIST_PATH} here
  go-no-go --gates-only --quiet              a pre-push check: GO when every gate passes
  go-no-go -c DEPLOYMENT.md                  run the Markdown checklist you already keep
  go-no-go -f json | jq -r .decision         the decision, for scripts
  go-no-go import DEPLOYMENT.md > ${constants_DEFAULT_CHECKLIST_PATH}

Exit codes: 0 GO (and CONDITIONAL GO, unless --fail-on conditional-go), 1 NO-GO,
2 a bad checklist or bad arguments, 130 interrupted.
Progress goes to stderr, live on a terminal and as plain lines otherwise. Colour only on a
terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 forces it on (FORCE_COLOR=0 off).`;

;// CONCATENATED MODULE: ./src/checklist/allow-list.ts
/**
 * Which commands found in a Markdown checklist go-no-go may run. A Markdown checklist mixes
 * checks ("verify `cargo fmt -- --check` passes") with actions ("run `make deploy-prod`"); only
 * read-only checks on this list are ever run. Everything else stays a manual item.
 */
const has = (argv, flag) => argv.includes(flag);
const hasAny = (argv, flags) => flags.some((flag) => argv.includes(flag));
const ALLOWED_CHECKS = [
    { description: 'cargo fmt with --check', example: 'cargo fmt --all -- --check', matches: (a) => a[0] === 'cargo' && a[1] === 'fmt' && has(a, '--check') },
    {
        description: 'cargo clippy, without --fix',
        example: 'cargo clippy --all-targets -- -D warnings',
        matches: (a) => a[0] === 'cargo' && a[1] === 'clippy' && !hasAny(a, ['--fix', '--allow-dirty', '--allow-staged'])
    },
    { description: 'cargo test', example: 'cargo test --workspace', matches: (a) => a[0] === 'cargo' && a[1] === 'test' },
    { description: 'cargo audit, without fix', example: 'cargo audit', matches: (a) => a[0] === 'cargo' && a[1] === 'audit' && !hasAny(a, ['fix', '--fix']) },
    { description: 'cargo build / cargo check', example: 'cargo build --release', matches: (a) => a[0] === 'cargo' && (a[1] === 'build' || a[1] === 'check') },
    { description: 'npm test', example: 'npm test', matches: (a) => a[0] === 'npm' && (a[1] === 'test' || a[1] === 't') },
    { description: 'npm audit, without fix or --force', example: 'npm audit --json', matches: (a) => a[0] === 'npm' && a[1] === 'audit' && !hasAny(a, ['fix', '--force']) },
    {
        description: 'npm run build | test | lint | typecheck',
        example: 'npm run lint',
        matches: (a) => a[0] === 'npm' && a[1] === 'run' && ['build', 'test', 'lint', 'typecheck'].includes(a[2] ?? '') && a.length <= 3
    },
    { description: 'node --test', example: 'node --test', matches: (a) => a[0] === 'node' && has(a, '--test') },
    { description: 'npx jest', example: 'npx jest --ci', matches: (a) => a[0] === 'npx' && a[1] === 'jest' },
    {
        description: 'npx tsc --noEmit',
        example: 'npx tsc --noEmit',
        matches: (a) => a[0] === 'npx' && a[1] === 'tsc' && has(a, '--noEmit') && !hasAny(a, ['--build', '-b', '--watch', '-w'])
    }
];
/** Anything that chains, redirects, substitutes or backgrounds turns a check into a script. Globs stay: they only name files. */
const SHELL_METACHARACTERS = /[;&|<>`$(){}\n\r\\]/;
/** Control characters have no business in a check and can hide what a reviewer sees. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/;
function isAllowedCheck(command) {
    const trimmed = command.trim();
    if (trimmed === '')
        return { allowed: false, reason: 'empty command' };
    const metacharacter = SHELL_METACHARACTERS.exec(trimmed);
    if (metacharacter)
        return { allowed: false, reason: metacharacter[0] === '\n' || metacharacter[0] === '\r' ? 'spans more than one line' : `contains the shell character "${metacharacter[0]}"` };
    if (CONTROL_CHARACTERS.test(trimmed))
        return { allowed: false, reason: 'contains a control character' };
    const argv = splitArguments(trimmed);
    if (!argv)
        return { allowed: false, reason: 'has unbalanced quotes' };
    if (ALLOWED_CHECKS.some((check) => check.matches(argv)))
        return { allowed: true };
    return { allowed: false, reason: 'is not on the allow-list of read-only checks' };
}
/** Words as a POSIX shell would split them, for the simple quoting a checklist uses; undefined if unbalanced. */
function splitArguments(command) {
    const words = [];
    let current = '';
    let quote;
    let inWord = false;
    for (const character of command) {
        if (quote) {
            if (character === quote)
                quote = undefined;
            else
                current += character;
            continue;
        }
        if (character === '"' || character === "'") {
            quote = character;
            inWord = true;
        }
        else if (character === ' ' || character === '\t') {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += character;
            inWord = true;
        }
    }
    if (quote)
        return undefined;
    if (inWord)
        words.push(current);
    return words;
}
/** Words that mark an inline code span as a command rather than a name, path or value. */
const COMMAND_WORDS = new Set([
    'cargo',
    'npm',
    'npx',
    'node',
    'yarn',
    'pnpm',
    'make',
    'kubectl',
    'helm',
    'docker',
    'curl',
    'wget',
    'sudo',
    'rm',
    'git',
    'pip',
    'pip3',
    'python',
    'python3',
    'pytest',
    'bash',
    'sh',
    'terraform',
    'systemctl',
    'psql',
    'jq',
    'watch',
    'ssh',
    'scp',
    'go',
    'mvn',
    'gradle'
]);
function looksLikeCommand(code) {
    const first = code.trim().split(/\s+/)[0] ?? '';
    return COMMAND_WORDS.has(first) || /^\.{0,2}\/[\w.-]+\.(sh|py)$/.test(first) || first.startsWith('./');
}

;// CONCATENATED MODULE: ./src/checklist/markdown/commands.ts
/** The commands a box names: in inline code (`cargo test`) or in a shell block right under it. */

/** Code spans that read as commands rather than names, paths or values. */
function inlineCommands(text) {
    const commands = [];
    for (const match of text.matchAll(/`([^`]+)`/g))
        if (looksLikeCommand(match[1]))
            commands.push(match[1].trim());
    return commands;
}
/** One command per logical line of a shell block: prompts dropped, comments skipped, `\` continuations joined. */
function shellCommands(body) {
    const commands = [];
    let pending = '';
    for (const raw of body) {
        const content = raw.trim().replace(/^\$\s+/, '');
        if (pending === '' && (content === '' || content.startsWith('#')))
            continue;
        if (content.endsWith('\\') && !content.endsWith('\\\\')) {
            pending += content.slice(0, -1).trim() + ' ';
            continue;
        }
        commands.push((pending + content).trim());
        pending = '';
    }
    // A dangling continuation is kept as written so the allow-list refuses it rather than a shorter command running.
    if (pending !== '')
        commands.push(pending.trim() + ' \\');
    return commands;
}

;// CONCATENATED MODULE: ./src/checklist/markdown/entry.ts
/** The groups of an entry that sits under headings only (shared, so its section title is joined once). */
const NO_GROUPS = [];

;// CONCATENATED MODULE: ./src/checklist/markdown/inline-text.ts
/**
 * Inline Markdown as the reader needs it: titles without markup, and the blanks a checklist still
 * holds. Every pattern here is linear on any line: the file is untrusted and up to a megabyte on
 * one line.
 */
// Named words only: "[P0]" or "[WIP]" are labels, not blanks.
const PLACEHOLDER = /\[(?:\s*(?:SPECIFY|TBD|TBC|TODO|FILL[ _-]?IN|INSERT\b[^\]]*|NAME|E-?MAIL|DATE|PHONE\b[^\]]*|URL|VALUE|NUMBER|X{2,}|\.{3}|…)\s*|\s*)\]|\bTBD\b|\?{3,}/i;
// Case matters here: <YOUR NAME> is a blank, <br> is markup.
const ANGLE_PLACEHOLDER = /<[A-Z][A-Z_ ]*>/;
/** Text still to be written: `[SPECIFY]`, `TBD`, `[ ]`, `<YOUR NAME>`, `???`. */
function hasPlaceholder(text) {
    return PLACEHOLDER.test(text) || ANGLE_PLACEHOLDER.test(text);
}
/** A title as the report shows it: bold, code spans and links reduced to their text, on one line. */
function stripInline(text) {
    return text
        .replace(/\*\*|__/g, '')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\[([^\][]+)\]\([^()]*\)/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
}
/** A right trim by loop: a regex like /[\s*]+$/ retries from every position and turns quadratic. */
function trimEndOf(text, drop) {
    let end = text.length;
    while (end > 0 && drop(text[end - 1]))
        end--;
    return text.slice(0, end);
}

;// CONCATENATED MODULE: ./src/checklist/markdown/line-kinds.ts
/**
 * Every shape of line the Markdown reader understands, and the one function that tells them apart.
 * The reader (../markdown.ts) has one handler per kind; to teach it a new shape, add a kind here
 * with an example, recognise it in classifyLine, and handle it there.
 *
 * Order matters where shapes overlap, and classifyLine tries them in this order: a fence hides
 * everything inside it; a heading or a box is recognised by its first characters; a box or line
 * with blanks to fill is a signature or fill-in field when it reads as "Label: ____"; a table needs
 * its separator row; what is left is layout (blank, indented, a bullet, a paragraph).
 */


const HEADING = /^(#{1,6})[ \t]+(.*)$/;
const CHECKBOX = new RegExp(`^(\\s*)(?:[-*+]|\\d{1,${MAX_LIST_NUMBER_DIGITS}}[.)])\\s+\\[([ xX])\\]\\s+(.*)$`);
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/;
const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{3,}/;
const SIGNED_LINE = /^\s*(?:[-*+]\s+)?\**(?:signed|signature|approved by|signed[ -]off by)\**\s*:/i;
const SIGNATURE_LABEL_SHAPE = new RegExp(`^[A-Za-z][^:_|]{1,${MAX_SIGNATURE_LABEL_CHARS}}$`);
/** Labels that say "sign here" without saying who: the heading above names the role. */
const GENERIC_SIGNATURE = /^(signed|signature|sign-?off|signed[ -]off(?: by)?|approved(?: by)?|approval|name)$/i;
const SIGNATURE_WORD = /sign|approv|\bby\b/i;
const FIELD_WORD = /date|contact|e-?mail|phone|version|time|pager/i;
/** What the line at `index` (0-based) is; fences and tables take the lines up to `lastLine` with them. */
function classifyLine(lines, index) {
    const text = lines[index];
    const line = index + 1;
    const fence = FENCE.exec(text);
    if (fence) {
        const end = closingFence(lines, index, fence[2]);
        return { kind: 'fence', line, lastLine: Math.min(end + 1, lines.length), language: fence[3].toLowerCase(), body: lines.slice(index + 1, end) };
    }
    const heading = HEADING.exec(text);
    if (heading) {
        const written = withoutClosingHashes(heading[2]);
        return { kind: 'heading', line, level: heading[1].length, title: stripInline(written), text: written };
    }
    const box = boxLine(text);
    if (box) {
        const signature = /_{3,}/.test(box.text) ? signatureOf(text, line, box.checked) : undefined;
        return signature ?? { kind: 'box', line, box };
    }
    if (isTableRow(text) && index + 1 < lines.length && TABLE_SEPARATOR.test(lines[index + 1])) {
        const rows = [];
        let at = index + 2;
        while (at < lines.length && isTableRow(lines[at])) {
            rows.push({ cells: tableCells(lines[at]), line: at + 1 });
            at++;
        }
        return { kind: 'table', line, lastLine: at, header: tableCells(text), rows };
    }
    // A blank line to sign, or a signature line already filled in ("Signed: Dana K.").
    if (/_{3,}/.test(text) || SIGNED_LINE.test(text)) {
        const signature = signatureOf(text, line, false);
        if (signature)
            return signature;
    }
    if (text.trim() === '')
        return { kind: 'blank', line };
    if (/^\s/.test(text))
        return { kind: 'indented', line };
    if (/^[-*+]\s/.test(text))
        return { kind: 'bullet', line };
    return { kind: 'paragraph', line };
}
/** The box on a line, if the line is one: `- [ ] text`, `1. [x] text`, at any indentation. */
function boxLine(text) {
    const match = CHECKBOX.exec(text);
    return match ? { indent: match[1].length, checked: match[2] !== ' ', text: match[3].trim() } : undefined;
}
/** Index of the line closing the fence opened at `open`, or the end of the file (CommonMark: same character, at least as long, nothing else). */
function closingFence(lines, open, marker) {
    for (let at = open + 1; at < lines.length; at++) {
        const candidate = lines[at].trim();
        if (candidate.length >= marker.length && candidate[0] === marker[0] && /^(`+|~+)$/.test(candidate))
            return at;
    }
    return lines.length;
}
function withoutClosingHashes(text) {
    const trimmed = text.trimEnd();
    let end = trimmed.length;
    while (end > 0 && trimmed[end - 1] === '#')
        end--;
    // "## Title ##" closes with hashes; "## C#" does not.
    return end === 0 || /\s/.test(trimmed[end - 1]) ? trimmed.slice(0, end).trimEnd() : trimmed;
}
function isTableRow(text) {
    return /^\s*\|.*\|\s*$/.test(text);
}
function tableCells(text) {
    return text
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((cell) => cell.trim());
}
/** A signature or fill-in field when the line reads as "Label: value"; the label decides which. */
function signatureOf(text, line, ticked) {
    const parts = labelAndValue(text);
    if (!parts)
        return undefined;
    const label = stripInline(parts.label);
    const generic = GENERIC_SIGNATURE.test(label);
    if (!generic && !SIGNATURE_WORD.test(label) && FIELD_WORD.test(label))
        return { kind: 'fill-in', line, label, value: parts.value, ticked };
    return { kind: 'signature', line, label, generic, value: parts.value, ticked };
}
/**
 * "**Signed:** ____ **Date:** ___", "- [ ] **Product Owner**: ____", "Approved by: Dana": the label
 * before the first colon and the value after it, up to a trailing "Date". Hand-written so a
 * megabyte of blanks on one line costs one pass.
 */
function labelAndValue(text) {
    const rest = text.replace(/^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?/, '');
    const colon = rest.indexOf(':');
    if (colon === -1)
        return undefined;
    const label = rest.slice(0, colon).replace(/\*/g, '').trim();
    if (!SIGNATURE_LABEL_SHAPE.test(label))
        return undefined;
    let value = rest.slice(colon + 1).replace(/^[\s*]+/, '');
    const date = value.search(/\bDate\b/i);
    if (date > 0)
        value = value.slice(0, date);
    return { label, value: trimEndOf(value, (character) => character === '*' || /\s/.test(character)) };
}

;// CONCATENATED MODULE: ./src/checklist/markdown/wording.ts
/**
 * Reading meaning from the words of a checklist: the text a reader actually sees, phrases looked
 * up in a vocabulary, and the nearest place that says something deciding for an item. Severity
 * (severity.ts) is the first vocabulary; phases and conditions can be read the same way.
 *
 * Only visible words count. A pull request can edit the checklist, and words a reviewer does not
 * see — in a link's address or title, an image's alt text, an HTML attribute, a footnote mark, an
 * HTML comment — must not change what an item means.
 */

/** A vocabulary compiled into a few linear scans. Phrases earlier in the list win where two start at the same word. */
function vocabulary(phrases) {
    const compile = (list, flags) => list.length === 0 ? undefined : { pattern: new RegExp(list.map((phrase) => `\\b(${phrase.pattern})`).join('|'), flags), list };
    const inPlace = (place) => phrases.filter((phrase) => phrase.where === 'everywhere' || (place === 'heading' && phrase.where === 'headings'));
    const scans = {
        heading: [compile(inPlace('heading').filter(isFolded), 'gi'), compile(inPlace('heading').filter(isExact), 'g')],
        item: [compile(inPlace('item').filter(isFolded), 'gi'), compile(inPlace('item').filter(isExact), 'g')]
    };
    // Sticky: a label is read from its first word only.
    const labels = [compile(phrases.filter(isFolded), 'iy'), compile(phrases.filter(isExact), 'y')];
    /** A phrase that is the whole label, or starts it and is followed only by punctuation and more words ("(optional, but nice)"). */
    const readLabel = (content, whole, into) => {
        const words = content.replace(/^\s*(?:yes|no)\s*[,:;–—-]\s*/i, '').trimStart();
        for (const scan of labels) {
            if (!scan)
                continue;
            scan.pattern.lastIndex = 0;
            const match = scan.pattern.exec(words);
            if (!match)
                continue;
            const after = words.slice(match[0].length);
            if (whole ? /^[\s\p{P}\p{S}]*$/u.test(after) : /^\s*(?:$|[,;:.!?–—-])/.test(after)) {
                const means = meaningOf(scan, match);
                if (means !== null)
                    into.push({ means, phrase: match[0] });
                return;
            }
        }
    };
    return {
        read(text, place) {
            const found = [];
            for (const scan of scans[place]) {
                if (!scan)
                    continue;
                // exec, not matchAll: matchAll copies the regular expression on every call.
                scan.pattern.lastIndex = 0;
                for (let match = scan.pattern.exec(text); match; match = scan.pattern.exec(text)) {
                    const means = meaningOf(scan, match);
                    if (means !== null)
                        found.push({ means, phrase: match[0] });
                }
            }
            if (/[([]/.test(text))
                for (const bracket of text.matchAll(/[([]([^()[\]]*)[)\]]/g))
                    readLabel(bracket[1], false, found);
            if (place === 'heading')
                readLabel(text.replace(/^[^\p{L}]+/u, ''), true, found);
            return found;
        }
    };
}
const isFolded = (phrase) => !phrase.caseSensitive;
const isExact = (phrase) => phrase.caseSensitive === true;
/** Each phrase has exactly one group, so the first group that took part names the phrase. */
function meaningOf(scan, match) {
    return scan.list[match.slice(1).findIndex((group) => group !== undefined)]?.means ?? null;
}
/** Characters that render as nothing: a word split by one still reads as the word. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/**
 * The text a reader of the rendered Markdown sees, on one line: link text without its address or
 * title, no images, HTML tags, footnote marks or reference labels, emphasis and code marks as
 * spaces, escapes and character references undone, invisible characters dropped, compatibility
 * forms (fullwidth letters, odd dashes) as their plain letters. Linear.
 */
function visibleText(text) {
    // Most titles hold no markup at all; they skip the bookkeeping below.
    const shown = /[\\<[*_~`]/.test(text) ? withoutMarkup(text) : text;
    return shown
        .replace(/&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([a-z]{2,5}));/g, (entity, decimal, hex, name) => {
        const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : undefined;
        if (code !== undefined)
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        return NAMED_ENTITIES[name ?? ''] ?? entity;
    })
        .replace(INVISIBLE, '')
        .normalize('NFKC')
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Link text without its address, no images, tags, footnote marks or reference labels; brackets paired once, hidden ranges summed once. */
function withoutMarkup(text) {
    const escaped = new Uint8Array(text.length);
    for (let at = 0; at < text.length - 1; at++)
        if (text[at] === '\\' && /[!-/:-@[-`{-~]/.test(text[at + 1]))
            escaped[at + 1] = 1;
    const parenClose = pairs(text, '(', ')', escaped);
    const bracketClose = pairs(text, '[', ']', escaped);
    // +1 where a hidden range starts, -1 where it ends: a running sum over the text says what is hidden.
    const hidden = new Int32Array(text.length + 1);
    const hide = (from, to) => {
        hidden[from]++;
        hidden[to]--;
    };
    const tag = /<\/?[A-Za-z][^<>]*>|<(?:https?|mailto):[^<>\s]*>/y;
    for (let at = 0; at < text.length; at++) {
        const character = text[at];
        if (escaped[at])
            continue;
        if (character === '\\' && at + 1 < text.length && escaped[at + 1])
            hide(at, at + 1);
        else if (character === '<') {
            tag.lastIndex = at;
            const match = tag.exec(text);
            if (match)
                hide(at, at + match[0].length);
        }
        else if (character === '[' && bracketClose[at] !== -1) {
            const close = bracketClose[at];
            const next = close + 1;
            const image = at > 0 && text[at - 1] === '!' && !escaped[at - 1];
            if (text[at + 1] === '^')
                hide(at, close + 1);
            else if (text[next] === '(' && parenClose[next] !== -1) {
                if (image)
                    hide(at - 1, parenClose[next] + 1);
                else {
                    hide(at, at + 1);
                    hide(close, parenClose[next] + 1);
                }
            }
            else if (text[next] === '[' && bracketClose[next] !== -1) {
                hide(at, at + 1);
                hide(close, bracketClose[next] + 1);
            }
        }
    }
    let out = '';
    let depth = 0;
    for (let at = 0; at < text.length; at++) {
        depth += hidden[at];
        if (depth > 0) {
            if (out !== '' && !out.endsWith(' '))
                out += ' ';
            continue;
        }
        const character = text[at];
        out += !escaped[at] && (character === '*' || character === '_' || character === '~' || character === '`') ? ' ' : character;
    }
    return out;
}
/** For each opening character, the index of its closing partner (nesting respected), or -1. */
function pairs(text, open, close, escaped) {
    const partner = new Int32Array(text.length).fill(-1);
    const stack = [];
    for (let at = 0; at < text.length; at++) {
        if (escaped[at])
            continue;
        if (text[at] === open)
            stack.push(at);
        else if (text[at] === close && stack.length > 0)
            partner[stack.pop()] = at;
    }
    return partner;
}
/** Text quoted in a message: one line, cut short. */
function quoteSource(text) {
    // Cut before tidying: a megabyte heading must not be rewritten to show sixty characters of it.
    const line = text
        .slice(0, MAX_QUOTED_SOURCE_CHARS * 4)
        .replace(/\s+/g, ' ')
        .trim();
    return `"${line.length > MAX_QUOTED_SOURCE_CHARS ? `${line.slice(0, MAX_QUOTED_SOURCE_CHARS - 1)}…` : line}"`;
}

;// CONCATENATED MODULE: ./src/checklist/markdown/severity.ts
/**
 * Severity of a Markdown item, read from the words around it (the README's "Markdown checklists"
 * section states the same rules for users):
 *
 * 1. The nearest place that says something decides: the item's own text, then its parent boxes
 *    from the closest out, then its headings from the closest up. Nothing said anywhere: blocking.
 * 2. Headings and parent boxes label what is under them, so any severity word in them counts. An
 *    item's own text mostly describes a task ("remove optional flags"), so only labels count there:
 *    a bracketed label at its start ("(optional)", "[P2]", "(not optional)"), a field ("Severity:
 *    low", "Optional: no"), a priority tag (P0–P3) or a phrase that is only ever a label
 *    ("non-blocking", "nice to have", "mandatory").
 * 3. Negation is read: "not optional" and "Optional: no" block, "not blocking" warns.
 * 4. Words that state the need (required, optional, blocking, recommended…) outrank words that
 *    rank priority (P0–P3, critical/high/medium/low priority): "High Priority (RECOMMENDED)" warns.
 *    Where words of the same kind disagree, blocking wins: "not blocking? (yes, blocking)" blocks.
 * 5. Conditions ("if required", "if applicable") say nothing about severity.
 * 6. Only visible words count (see wording.ts): a link's address, an HTML attribute or an image's
 *    alt text cannot soften an item; a word split by an invisible character or written as
 *    character references reads as the word it shows.
 * 7. Text with direction-changing characters can show other words than it holds: it blocks.
 *
 * A Markdown item is at most a warning: `info` (never counts) can only be written in YAML, where
 * the reviewer sees `severity: info` on the item itself.
 */


const BLOCKS_NEED = { severity: 'blocking', states: 'need' };
const WARNS_NEED = { severity: 'warning', states: 'need' };
const BLOCKS_RANK = { severity: 'blocking', states: 'priority' };
const WARNS_RANK = { severity: 'warning', states: 'priority' };
const NOT = String.raw `(?:not|non|never|no\s+longer|isn'?t|aren'?t)[\s-]*`;
const IS = String.raw `\s*[:?=]\s*`;
const YES = String.raw `(?:yes|true)\b`;
const NO = String.raw `(?:no|false|none)\b`;
/** Ordered: where two phrases start at the same word, the earlier (longer, more specific) one is read. */
const SEVERITY_PHRASES = [
    // Conditions are another question (issue 10 reads them); here they only keep "required" from being read alone.
    { pattern: String.raw `(?:if|when|where|as)\s+(?:required|applicable|needed|necessary|appropriate)\b`, means: null, where: 'everywhere' },
    { pattern: String.raw `${NOT}optional\b`, means: BLOCKS_NEED, where: 'everywhere' },
    { pattern: String.raw `optional${IS}${NO}`, means: BLOCKS_NEED, where: 'everywhere' },
    { pattern: String.raw `optional${IS}${YES}`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `${NOT}(?:an?\s+)?(?:blocking|blocker)\b`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `(?:does\s+not|doesn'?t|will\s+not|won'?t)\s+block\b`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `(?:blocking|blocker|required|mandatory)${IS}${NO}`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `(?:blocking|blocker|required|mandatory)${IS}${YES}`, means: BLOCKS_NEED, where: 'everywhere' },
    { pattern: String.raw `sev(?:erity)?${IS}(?:low|minor|trivial|medium|moderate|info)\b`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `sev(?:erity)?${IS}(?:high|major|critical|blocker|blocking)\b`, means: BLOCKS_NEED, where: 'everywhere' },
    { pattern: String.raw `priority${IS}(?:low|lower|medium|minor|P[2-4])\b`, means: WARNS_RANK, where: 'everywhere' },
    { pattern: String.raw `priority${IS}(?:high|highest|critical|urgent|P[01])\b`, means: BLOCKS_RANK, where: 'everywhere' },
    // "Not required for launch" under a heading waives; in an item's own text ("check a restart is not required") it describes the task.
    { pattern: String.raw `${NOT}(?:required|mandatory)\b`, means: WARNS_NEED, where: 'headings' },
    { pattern: String.raw `${NOT}(?:required|mandatory)\b`, means: null, where: 'everywhere' },
    { pattern: String.raw `${NOT}critical\b`, means: WARNS_RANK, where: 'headings' },
    { pattern: String.raw `not\s+recommended\b`, means: null, where: 'everywhere' },
    { pattern: String.raw `nice[\s-]+to[\s-]+have\b`, means: WARNS_NEED, where: 'everywhere' },
    { pattern: String.raw `(?:low|lower|medium)[\s-]+priority\b`, means: WARNS_RANK, where: 'everywhere' },
    { pattern: String.raw `(?:critical|high|highest|top|urgent)[\s-]+priority\b`, means: BLOCKS_RANK, where: 'everywhere' },
    { pattern: String.raw `(?:mandatory|required)\b`, means: BLOCKS_NEED, where: 'everywhere' },
    { pattern: String.raw `(?<![\w-])P[01](?![\w-])`, means: BLOCKS_RANK, where: 'everywhere', caseSensitive: true },
    { pattern: String.raw `(?<![\w-])P[2-4](?![\w-])`, means: WARNS_RANK, where: 'everywhere', caseSensitive: true },
    { pattern: String.raw `(?:strongly\s+)?recommended\b`, means: WARNS_NEED, where: 'headings' },
    { pattern: String.raw `optional\b`, means: WARNS_NEED, where: 'headings' },
    { pattern: String.raw `(?:blocking|blockers?)\b`, means: BLOCKS_NEED, where: 'headings' },
    { pattern: String.raw `must(?:[\s-]+have)?\b`, means: BLOCKS_NEED, where: 'headings' },
    { pattern: String.raw `critical\b`, means: BLOCKS_RANK, where: 'headings' },
    // "Medium" alone has always marked a section of lesser priority ("Phase 3: Medium").
    { pattern: String.raw `medium\b`, means: WARNS_RANK, where: 'headings' },
    // "Low" alone only as a whole label: "### Low" or "(low)", never "Low-latency checks".
    { pattern: String.raw `(?:low|minor|trivial)\b`, means: WARNS_RANK, where: 'labels' },
    { pattern: String.raw `(?:high|urgent)\b`, means: BLOCKS_RANK, where: 'labels' }
];
const WORDS = vocabulary(SEVERITY_PHRASES);
const DEFAULT = { severity: DEFAULT_SEVERITY };
/** What `text` says about severity, read as a heading or as an item's own text (rules 2–6 above). */
function readSeverityWords(text, place) {
    if (DIRECTION_CONTROLS.test(text))
        return { severity: 'blocking', phrase: 'direction-changing characters' };
    return decide(WORDS.read(visibleText(text), place));
}
/** Bidirectional overrides, embeddings, isolates and marks: they reorder what a reader sees. */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
function decide(found) {
    const needs = found.filter((entry) => entry.means.states === 'need');
    const deciding = needs.length > 0 ? needs : found;
    const winner = deciding.find((entry) => entry.means.severity === 'blocking') ?? deciding[0];
    return winner ? { severity: winner.means.severity, phrase: winner.phrase } : undefined;
}
/** Each heading and parent box is read once, however many items sit under it. */
const readings = new WeakMap();
function readingOf(context, where) {
    if (!readings.has(context)) {
        const opinion = readSeverityWords(context.text, 'heading');
        readings.set(context, opinion ? reading(opinion, where(context)) : null);
    }
    return readings.get(context) ?? undefined;
}
const IN_GROUP = (group) => `in the parent box ${quoteSource(group.title)} on line ${group.line}`;
const IN_HEADING = (heading) => `in the heading ${quoteSource(heading.title)} on line ${heading.line}`;
/** A box: its own text, then its parent boxes from the closest out, then its headings from the closest up. */
function boxSeverity(ownText, groups, headings) {
    const own = readSeverityWords(ownText, 'item');
    if (own)
        return reading(own, 'in its own text');
    for (let at = groups.length - 1; at >= 0; at--) {
        const found = readingOf(groups[at], IN_GROUP);
        if (found)
            return found;
    }
    return tableRowSeverity(headings);
}
/** A row of a status table, or anything else whose only context is its headings: the closest heading that says something. */
function tableRowSeverity(headings) {
    for (let at = headings.length - 1; at >= 0; at--) {
        const found = readingOf(headings[at], IN_HEADING);
        if (found)
            return found;
    }
    return DEFAULT;
}
/** Signatures and fill-in fields always block: a sign-off the file asks for is never optional. */
const SIGNATURE_SEVERITY = DEFAULT;
function reading(opinion, where) {
    return opinion.severity === DEFAULT_SEVERITY ? DEFAULT : { severity: 'warning', from: `${quoteSource(opinion.phrase)} ${where}` };
}

;// CONCATENATED MODULE: ./src/checklist/markdown/boxes.ts
/**
 * Boxes and their nesting. A box with child boxes and no command of its own is a group, not an
 * item: its children are the items and its text joins their section title ("Security › Fix
 * js-yaml"). Ticking the parent therefore never passes children that were not ticked or whose
 * command fails.
 */






/** The boxes read so far, as trees, and the open list a deeper box nests into. */
class BoxForest {
    roots = [];
    /** The box a shell block right under it belongs to. */
    last;
    open = [];
    /** Adds a box under the nearest open box less indented than it (`baseIndent` is subtracted first). */
    add(found, line, headings, baseIndent = 0) {
        const indent = found.indent - baseIndent;
        while (this.open.length > 0 && this.open[this.open.length - 1].indent >= indent)
            this.open.pop();
        // Deeper boxes join the deepest allowed level, so a hostile staircase cannot exhaust the stack.
        while (this.open.length >= MAX_BOX_DEPTH)
            this.open.pop();
        const parent = this.open[this.open.length - 1];
        const box = { text: found.text, checked: found.checked, line, indent, headings, children: [], blockCommands: [], ...(parent ? { parent } : {}) };
        if (parent)
            parent.children.push(box);
        else
            this.roots.push(box);
        this.open.push(box);
        this.last = box;
    }
    /** The boxes inside a fenced block: a list of their own, however the block is indented. */
    addFenced(body, firstLine, headings) {
        const found = body.flatMap((text, offset) => {
            const box = boxLine(text);
            return box ? [{ box, line: firstLine + offset }] : [];
        });
        if (found.length === 0)
            return false;
        this.closeList();
        const base = found.reduce((least, entry) => Math.min(least, entry.box.indent), Infinity);
        for (const entry of found)
            this.add(entry.box, entry.line, headings, base);
        this.closeList();
        return true;
    }
    /** Something that ends a list (a heading, a paragraph, a table): the next box starts a new tree. */
    closeList() {
        this.open = [];
    }
    /** Every item the boxes make, groups resolved. */
    entries() {
        const entries = [];
        for (const root of this.roots)
            collectBoxes(root, NO_GROUPS, [], entries);
        return entries;
    }
}
/** Boxes with children are groups: their children are the items, under the group's name. */
function collectBoxes(box, groups, groupContext, entries) {
    const commands = [...inlineCommands(box.text), ...box.blockCommands];
    const title = stripInline(box.text);
    const childGroups = box.children.length > 0 ? [...groups, title] : groups;
    // One context object per parent box, shared by its children, so its words are read once.
    const childContext = box.children.length > 0 ? [...groupContext, { text: box.text, title, line: box.line }] : groupContext;
    if (box.children.length > 0 && commands.length === 0) {
        for (const child of box.children)
            collectBoxes(child, childGroups, childContext, entries);
        return;
    }
    entries.push({
        kind: 'box',
        title,
        signed: box.checked,
        line: box.line,
        headings: box.headings,
        groups,
        commands,
        severity: boxSeverity(box.text, groupContext, box.headings)
    });
    for (const child of box.children)
        collectBoxes(child, childGroups, childContext, entries);
}

;// CONCATENATED MODULE: ./src/checklist/markdown/signatures.ts
/**
 * Sign-offs written into the file: blank signature lines and sign-off tables are pending sign-offs;
 * blank fields such as `Deployment Date: ____` are pending "Fill in" items. A name or a "yes"
 * signs; a blank, a placeholder or a "no" does not.
 */



const NOT_SIGNED = /^(?:no|n|false|pending|todo|not yet|-|–|—|❌|✗|✖️?|⏳)$/i;
/** A name or a yes, not a blank, a placeholder or a "no". */
function isSigned(value) {
    return isFilled(value) && !hasPlaceholder(value ?? '') && !NOT_SIGNED.test(stripInline(value ?? ''));
}
function isFilled(value) {
    return value !== undefined && value.trim() !== '' && !/^_+$/.test(value.trim());
}
/** The entry of a signature or fill-in line; a generic "Signed:" takes its role from the heading ("### QA Team Sign-off"). */
function signatureEntry(found, headings) {
    const signed = found.ticked || isSigned(found.value);
    const field = found.kind === 'fill-in';
    const role = found.kind === 'signature' && found.generic ? roleFromHeading(headings[headings.length - 1]?.title) : found.label;
    const title = field ? `Fill in: ${found.label}` : `Sign-off: ${role ?? found.label}`;
    const note = signed ? 'signed in the checklist' : field ? 'a blank field in the checklist' : 'a blank signature line in the checklist';
    return { kind: 'signature', title, signed, line: found.line, headings, groups: NO_GROUPS, commands: [], severity: SIGNATURE_SEVERITY, note };
}
function roleFromHeading(heading) {
    const role = heading?.replace(/\b(sign[- ]?offs?|signatures?|approvals?|requirements?)\b/gi, '').replace(/^[\s:–—-]+/, '');
    const trimmed = role === undefined ? undefined : trimEndOf(role, (character) => /[\s:–—-]/.test(character));
    return trimmed === '' ? undefined : trimmed;
}

;// CONCATENATED MODULE: ./src/checklist/markdown/tables.ts
/**
 * Tables: a sign-off table (a Signature or Approved column) has one pending sign-off per row; in an
 * emoji status table ✅ rows are recorded sign-offs and ❌ / ⚠️ rows are pending, with the severity
 * of where they sit (a ⚠️ is the author's doubt, not a waiver). Other tables are prose.
 */




const STATUS_PASS = /✅|🟢|✔️?|☑️?/;
const STATUS_OTHER = /❌|🔴|⚠️?|🟡|✖️?/;
function tableEntries(header, rows, headings) {
    const signatureColumn = header.findIndex((cell) => /signature|sign-?off|approv/i.test(cell));
    if (signatureColumn !== -1) {
        return rows.map((row) => ({
            kind: 'table-row',
            title: `Sign-off: ${stripInline(row.cells[0] ?? 'signer')}`,
            signed: isSigned(row.cells[signatureColumn]),
            line: row.line,
            headings,
            groups: NO_GROUPS,
            commands: [],
            severity: SIGNATURE_SEVERITY,
            note: 'a row of the sign-off table'
        }));
    }
    if (!rows.some((row) => row.cells.some((cell) => STATUS_PASS.test(cell) || STATUS_OTHER.test(cell))))
        return [];
    const severity = tableRowSeverity(headings);
    return rows.map((row) => {
        const status = row.cells.find((cell) => STATUS_PASS.test(cell) || STATUS_OTHER.test(cell)) ?? '';
        const passed = STATUS_PASS.test(status) && !STATUS_OTHER.test(status);
        return {
            kind: 'table-row',
            title: stripInline(row.cells[0] ?? 'row'),
            signed: passed,
            line: row.line,
            headings,
            groups: NO_GROUPS,
            commands: [],
            severity,
            note: passed ? `status table says ${stripInline(status)}` : `status table says ${stripInline(status)}; pending until signed off`
        };
    });
}

;// CONCATENATED MODULE: ./src/checklist/markdown/to-sections.ts
/**
 * Entries to checklist sections and items. An entry whose every command is on the allow-list (and
 * holds no placeholder) becomes one gate per command; anything else stays a manual item whose
 * note says why. A placeholder (`[SPECIFY]`, `TBD`) also makes a tick not count: the thing the
 * box promises was never written down.
 */




function toSections(entries, file) {
    const sections = new Map();
    const uniqueId = idMaker();
    const sectionTitleOf = sectionTitles();
    for (const entry of entries) {
        const sectionTitle = sectionTitleOf(entry);
        const items = sections.get(sectionTitle) ?? [];
        sections.set(sectionTitle, items);
        const common = {
            title: entry.title,
            severity: entry.severity.severity,
            ...(entry.severity.from ? { severityFrom: entry.severity.from } : {}),
            section: sectionTitle,
            source: { file, line: entry.line }
        };
        const placeholder = hasPlaceholder(entry.title) || entry.commands.some(hasPlaceholder);
        const decisions = entry.commands.map((command) => ({ command, decision: isAllowedCheck(command) }));
        const refused = decisions.filter((entry) => !entry.decision.allowed);
        if (decisions.length > 0 && refused.length === 0 && !placeholder) {
            decisions.forEach(({ command }, index) => {
                const item = {
                    kind: 'command',
                    id: uniqueId(entry.commands.length > 1 ? `${entry.title} ${index + 1}` : entry.title),
                    ...common,
                    ...commandDefaults(),
                    // The audit parser reads npm's JSON; the text report leaves out what it needs.
                    run: /^npm audit\b/.test(command) && !/--json\b/.test(command) ? `${command} --json` : command
                };
                items.push(item);
            });
            continue;
        }
        const notes = [
            refused.length > 0 ? refused.map(({ command, decision }) => `\`${command}\` ${decision.allowed ? '' : decision.reason}; not run`).join('; ') : undefined,
            placeholder ? `contains a placeholder to fill in${entry.signed ? '; its tick does not count until it is' : ''}` : undefined,
            entry.note
        ].filter((note) => note !== undefined);
        const item = {
            kind: 'manual',
            id: uniqueId(entry.title),
            ...common,
            ...manualDefaults(),
            signedOff: entry.signed && !placeholder,
            ...(notes.length > 0 ? { note: notes.join('; ') } : {})
        };
        items.push(item);
    }
    return [...sections.entries()].map(([sectionTitle, items]) => ({ title: sectionTitle, items }));
}
/**
 * "Security › Fix js-yaml": headings, then parent boxes. Entries under the same headings and boxes
 * share those arrays, so each title is joined once, however long its headings and however many
 * items sit under them.
 */
function sectionTitles() {
    const joined = new WeakMap();
    return ({ headings, groups }) => {
        const byGroups = joined.get(headings) ?? new WeakMap();
        joined.set(headings, byGroups);
        let title = byGroups.get(groups);
        if (title === undefined) {
            title = [...headings.map((heading) => heading.title), ...groups].join(' › ') || DEFAULT_MARKDOWN_SECTION;
            byGroups.set(groups, title);
        }
        return title;
    };
}
/** Ids from titles, unique across the checklist: the second "Dashboards reviewed" is `dashboards-reviewed-2`. */
function idMaker() {
    const ids = new Set();
    const nextSuffix = new Map();
    return (title) => {
        const base = slug(title) || 'item';
        let id = base;
        // Remembering the last suffix per base keeps thousands of same-titled items linear.
        let suffix = nextSuffix.get(base) ?? 2;
        while (ids.has(id))
            id = `${base}-${suffix++}`;
        nextSuffix.set(base, suffix);
        ids.add(id);
        return id;
    };
}
function slug(text) {
    return text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, MAX_ID_CHARS)
        .replace(/-+$/, '');
}

;// CONCATENATED MODULE: ./src/checklist/markdown.ts
/**
 * A Markdown deployment checklist, read as teams write it. Each line is classified into one kind
 * (markdown/line-kinds.ts lists every shape the reader understands) and handled by the one handler
 * for that kind below:
 *
 * - heading   — the first `#` heading titles the checklist; the others are sections;
 * - box       — `- [ ]` / `- [x]` is an item (a ticked box is a sign-off recorded in the file);
 *               a box with child boxes is a group (markdown/boxes.ts);
 * - fence     — boxes inside a fenced block are items too; a shell block right under a box holds
 *               that box's commands; any other block is never run;
 * - table     — sign-off tables and emoji status tables (markdown/tables.ts);
 * - signature / fill-in — `Signed: ____` and `Release date: ____` (markdown/signatures.ts);
 * - bullet, indented, blank — layout that keeps a list of boxes open; paragraph — ends it.
 *
 * An item that names an allowed check command — inline or in its shell block — becomes a gate and
 * is run: its result decides, not the box (markdown/to-sections.ts). Severity comes from the
 * words of the item, its parent boxes and its headings (markdown/severity.ts).
 */








const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);
/**
 * Reads a Markdown checklist. Pure. Throws ChecklistError only when the text is not a text file
 * at all; anything Markdown allows is read as well as it can be.
 */
function parseMarkdownChecklist(text, file) {
    const nul = text.indexOf('\u0000');
    if (nul !== -1)
        throw new ChecklistError([{ file, line: text.slice(0, nul).split('\n').length, message: 'the checklist contains a NUL byte; it is not a text file' }]);
    const lines = blankHtmlComments(text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .split('\n'));
    const reader = { lines, headings: [], boxes: new BoxForest(), entries: [] };
    for (let index = 0; index < lines.length;) {
        const line = classifyLine(lines, index);
        handle(line, reader);
        index = 'lastLine' in line ? line.lastLine : line.line;
    }
    const entries = [...reader.entries, ...reader.boxes.entries()].sort((a, b) => a.line - b.line);
    return { title: reader.title ?? DEFAULT_MARKDOWN_TITLE, path: file, format: 'markdown', sections: toSections(entries, file) };
}
/** One handler per kind of line. */
function handle(line, reader) {
    switch (line.kind) {
        case 'heading':
            return onHeading(line, reader);
        case 'box':
            return reader.boxes.add(line.box, line.line, reader.headings);
        case 'signature':
        case 'fill-in':
            // A signature line is not part of a list of boxes.
            reader.boxes.closeList();
            reader.entries.push(signatureEntry(line, reader.headings));
            return;
        case 'fence':
            return onFence(line, reader);
        case 'table':
            reader.boxes.closeList();
            // A loop, not push(...rows): a table of 100,000 rows would overflow the argument list.
            for (const entry of tableEntries(line.header, line.rows, reader.headings))
                reader.entries.push(entry);
            return;
        case 'paragraph':
            return reader.boxes.closeList();
        case 'bullet':
        case 'indented':
        case 'blank':
            return;
        default: {
            const unknown = line;
            throw new Error(`unhandled Markdown line ${JSON.stringify(unknown)}`);
        }
    }
}
function onHeading(heading, reader) {
    if (heading.level === 1 && reader.title === undefined) {
        reader.title = heading.title;
        return;
    }
    const above = reader.headings.filter((open) => open.level < heading.level);
    reader.headings = [...above, { level: heading.level, title: heading.title, text: heading.text, line: heading.line }];
    reader.boxes.closeList();
    reader.boxes.last = undefined;
}
function onFence(fence, reader) {
    if (reader.boxes.addFenced(fence.body, fence.line + 1, reader.headings))
        return;
    const last = reader.boxes.last;
    // A shell block right under a box holds that box's commands; one anywhere else is never run.
    if (SHELL_LANGUAGES.has(fence.language) && last && previousContentLine(reader.lines, fence.line - 1) === last.line) {
        for (const command of shellCommands(fence.body))
            last.blockCommands.push(command);
    }
}
function previousContentLine(lines, fenceIndex) {
    for (let at = fenceIndex - 1; at >= 0; at--)
        if (lines[at].trim() !== '')
            return at + 1;
    return undefined;
}
/** Commented-out lines are not part of the checklist, but keep their place so line numbers stay right. */
function blankHtmlComments(lines) {
    let inComment = false;
    return lines.map((line) => {
        let out = '';
        let rest = line;
        while (rest !== '') {
            if (inComment) {
                const end = rest.indexOf('-->');
                if (end === -1)
                    return out;
                rest = rest.slice(end + 3);
                inComment = false;
            }
            else {
                const start = rest.indexOf('<!--');
                if (start === -1)
                    return out + rest;
                out += rest.slice(0, start);
                rest = rest.slice(start + 4);
                inComment = true;
            }
        }
        return out;
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/checklist/to-yaml.ts
/** A checklist as go-no-go YAML (format v1): what `go-no-go import CHECKLIST.md` prints. */

/**
 * Writes the checklist in the YAML v1 format: allowed commands as `run:`, everything else as
 * `manual: true`, with ids, sections and severities kept. Why an item stayed manual, and where it
 * came from, is written as a comment above it, so the reviewer of the import sees it.
 */
function checklistToYaml(checklist) {
    const document = new dist/* Document */.yo({
        version: 1,
        title: checklist.title,
        sections: checklist.sections.map((section) => ({ title: section.title, items: section.items.map(toRawItem) }))
    }, { aliasDuplicateObjects: false });
    const sections = document.get('sections');
    checklist.sections.forEach((section, sectionIndex) => {
        const items = sections.items[sectionIndex].get('items');
        if (!(0,dist/* isSeq */.oP)(items))
            return;
        section.items.forEach((item, itemIndex) => {
            const node = items.items[itemIndex];
            const comment = itemComment(item);
            if ((0,dist/* isMap */.jh)(node) && comment)
                node.commentBefore = comment;
        });
    });
    const header = [
        `# Imported by go-no-go from ${withoutLineBreaks(checklist.path)}.`,
        '# Commands on the allow-list of read-only checks became `run:` gates; everything else is `manual: true`.',
        '# Ticked boxes are not carried over: sign-offs happen on the pull request.',
        ''
    ].join('\n');
    return header + document.toString({ lineWidth: 0 });
}
function toRawItem(item) {
    const common = { id: item.id, title: item.title, ...(item.severity !== 'blocking' ? { severity: item.severity } : {}) };
    switch (item.kind) {
        case 'command':
            return { ...common, run: item.run };
        case 'file':
            return { ...common, file: item.path };
        case 'manual':
            return { ...common, manual: true };
    }
}
function itemComment(item) {
    const parts = [
        item.source ? `line ${item.source.line}` : undefined,
        item.severityFrom ? `${item.severity}: ${item.severityFrom}` : undefined,
        item.kind === 'manual' && item.signedOff ? 'ticked in the Markdown' : undefined,
        item.kind === 'manual' && item.note ? item.note : undefined
    ].filter((part) => part !== undefined);
    // The yaml library prefixes each comment line with "#"; a space keeps it readable.
    return parts.length > 0 ? ` ${withoutLineBreaks(parts.join('; '))}` : undefined;
}
/** Comments end at a line break, so one in a title or note must not start YAML of its own. */
function withoutLineBreaks(text) {
    return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/cli/read-text-file.ts
/**
 * Reading a file the user named on the command line (`import`): a regular UTF-8 file of bounded
 * size, or a one-line error saying why not. A FIFO or a device is refused before it is opened,
 * since reading one can block forever or never end.
 */



async function readTextFile(file, shown, maxBytes) {
    const info = await (0,promises_namespaceObject.stat)(file).catch((error) => {
        throw new CliError(error.code === 'ENOENT' || error.code === 'ENOTDIR' ? `${shown} does not exist` : `cannot read ${shown} (${error.code ?? 'error'})`);
    });
    refuseUnlessRegular(info, shown, maxBytes);
    // O_NONBLOCK: a FIFO swapped in after the check cannot make open wait for a writer.
    const handle = await (0,promises_namespaceObject.open)(file, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0)).catch((error) => {
        throw new CliError(`cannot open ${shown} (${error.code ?? 'error'})`);
    });
    try {
        refuseUnlessRegular(await handle.stat(), shown, maxBytes);
        const bytes = await handle.readFile();
        if (bytes.length > maxBytes)
            throw new CliError(`${shown} is larger than ${maxBytes} bytes`);
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            throw new CliError(`${shown} is not UTF-8 text`);
        }
    }
    finally {
        await handle.close();
    }
}
function refuseUnlessRegular(info, shown, maxBytes) {
    if (info.isDirectory())
        throw new CliError(`${shown} is a directory, not a file`);
    if (!info.isFile())
        throw new CliError(`${shown} is not a regular file (a FIFO, socket or device)`);
    if (info.size > maxBytes)
        throw new CliError(`${shown} is ${info.size} bytes; the limit is ${maxBytes}`);
}

;// CONCATENATED MODULE: ./src/cli/import.ts
/** `go-no-go import CHECKLIST.md`: a Markdown checklist printed as the YAML format, to start from. */





async function importMarkdown(cwd, file) {
    const text = await readTextFile(external_node_path_default().resolve(cwd, file), file, MAX_CHECKLIST_BYTES);
    return checklistToYaml(parseMarkdownChecklist(text, file));
}

;// CONCATENATED MODULE: ./src/paths.ts

/** Whether `candidate` is `root` or below it (both resolved; symlinks are the caller's business). */
function isInside(root, candidate) {
    const relative = external_node_path_default().relative(external_node_path_default().resolve(root), external_node_path_default().resolve(candidate));
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative));
}

;// CONCATENATED MODULE: ./src/cli/detect-project.ts
/** What kind of project `go-no-go init` is looking at. Pure: the files are handed in. */

/** npm writes this test script into every new package.json; it only fails. */
const NPM_PLACEHOLDER_TEST = /no test specified/;
/**
 * Cargo.toml means Rust, package.json means Node.js; `preset` decides when both or neither are
 * there. A package.json that is not JSON is an error rather than a guess.
 */
function detectProject(files, preset) {
    const rust = files.exists('Cargo.toml');
    const node = files.exists('package.json');
    const kind = preset ?? (rust && node ? undefined : rust ? 'rust' : node ? 'node' : undefined);
    if (!kind) {
        throw new CliError(rust && node
            ? 'found both Cargo.toml and package.json: choose a preset with --preset rust or --preset node'
            : 'found neither Cargo.toml nor package.json here: choose a preset with --preset rust or --preset node (or run init with --cwd in the project)');
    }
    return kind === 'rust' ? { kind: 'rust' } : detectNodeProject(files);
}
function detectNodeProject(files) {
    const scripts = readScripts(files);
    const test = typeof scripts.test === 'string' && scripts.test.trim() !== '' && !NPM_PLACEHOLDER_TEST.test(scripts.test) ? scripts.test : undefined;
    const nodeVersionFile = ['.nvmrc', '.node-version'].find((name) => files.exists(name));
    return {
        kind: 'node',
        ...(test !== undefined ? { testScript: test } : {}),
        hasLintScript: typeof scripts.lint === 'string',
        hasBuildScript: typeof scripts.build === 'string',
        installer: detectInstaller(files),
        ...(nodeVersionFile ? { nodeVersionFile } : {})
    };
}
function readScripts(files) {
    const text = files.read('package.json');
    if (text === undefined)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new CliError('package.json is not valid JSON, so its scripts cannot be read: fix it, or choose --preset rust');
    }
    const scripts = parsed?.scripts;
    return scripts && typeof scripts === 'object' ? scripts : {};
}
function detectInstaller(files) {
    if (files.exists('package-lock.json') || files.exists('npm-shrinkwrap.json'))
        return 'npm';
    if (files.exists('pnpm-lock.yaml'))
        return 'pnpm';
    // Yarn 2+ keeps its settings in .yarnrc.yml and spells "frozen lockfile" --immutable.
    if (files.exists('yarn.lock'))
        return files.exists('.yarnrc.yml') ? 'yarn' : 'yarn-classic';
    return 'none';
}

;// CONCATENATED MODULE: ./src/cli/shell-quote.ts
/** A word as a POSIX shell reads it back unchanged, for commands we suggest the user copy. */
function shellQuote(word) {
    if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/checklist/yaml/problems.ts
/**
 * Where a YAML checklist's problems are and how they are named: line and column from the parsed
 * document, dotted key paths, short quoted key names, and one way to throw them all, in line order.
 */



/** Line and column of the node at `path` (or of its key `key`), for a message. */
function locateNode(doc, nodePath, key, locate) {
    const node = (nodePath.length === 0 ? doc.contents : doc.getIn(nodePath, true));
    let offset = node?.range?.[0];
    if (key !== undefined && (0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === key);
        if (pair && (0,dist/* isScalar */.jn)(pair.key))
            offset = pair.key.range?.[0];
    }
    if (offset === undefined && nodePath.length > 0)
        return locateNode(doc, nodePath.slice(0, -1), undefined, locate);
    return locate(offset);
}
/** A key name as messages show it: quoted, escaped, and cut short. */
function quoteKey(name) {
    return JSON.stringify(name.length > MAX_QUOTED_KEY_CHARS ? `${name.slice(0, MAX_QUOTED_KEY_CHARS - 1)}…` : name);
}
/** `sections[0].items[1].timeout-minutes`; odd key names in brackets: `env["MY VAR"]`. */
function dotted(parts) {
    return parts
        .map((part, index) => {
        if (typeof part === 'number')
            return `[${part}]`;
        if (!/^[A-Za-z0-9_-]+$/.test(part))
            return `[${quoteKey(part)}]`;
        return index === 0 ? part : `.${part}`;
    })
        .join('');
}
/** Throws the problems in line order, summarised past MAX_PROBLEMS_SHOWN; `incomplete` when checking stopped early. */
function throwProblems(problems, incomplete = false) {
    const sorted = [...problems].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
    if (sorted.length <= MAX_PROBLEMS_SHOWN && !incomplete)
        throw new ChecklistError(sorted);
    const shown = sorted.slice(0, MAX_PROBLEMS_SHOWN - 1);
    const rest = incomplete ? '…and more problems; checking stopped after these' : `…and ${sorted.length - shown.length} more problems`;
    throw new ChecklistError([...shown, { file: shown[0].file, message: rest }]);
}
/** The same problem found twice (by the parser and by our own walk, say) is listed once. */
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((problem) => {
        const identity = `${problem.line}:${problem.column}:${problem.key}:${problem.message}`;
        if (seen.has(identity))
            return false;
        seen.add(identity);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/checklist/yaml/safety.ts
/**
 * Reading untrusted YAML safely, before anything looks at what it means. A pull request can change
 * the checklist, so: a size cap first; control characters refused (they could rewrite a terminal or
 * a summary); `%YAML` and `%TAG` directives refused (a `%YAML 1.1` would turn `no` into false);
 * aliases, anchors and non-core tags refused; keys unique and plain text; nesting bounded. No
 * message quotes a value from the file, only key names, which are short and quoted.
 */



/** Characters YAML 1.2 does not allow in a stream (c-printable), plus lone surrogates: never in a checklist. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Explicit tags that change nothing (`!!str 5`); any other tag would build types the format has no use for. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));
const TOO_DEEP = 'the document is nested too deeply to read (a checklist needs only a few levels)';
/** Reads `text` as YAML 1.2 with every unsafe feature refused; throws ChecklistError listing what was found. */
function readUntrustedYaml(text, file, maxBytes) {
    // Length in UTF-16 units never exceeds the UTF-8 size, so the cheap test goes first.
    if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes) {
        throwProblems([{ file, message: `the checklist is larger than ${maxBytes} bytes; it was not read` }]);
    }
    const lines = new dist/* LineCounter */.HN();
    const locateOffset = (offset) => {
        if (offset === undefined)
            return {};
        const position = lines.linePos(offset);
        return { line: position.line, column: position.col };
    };
    const refused = refusedCharacters(text, file);
    if (refused.length > 0)
        throwProblems(refused);
    const directive = /^%(YAML|TAG)\b/m.exec(text);
    if (directive) {
        const line = text.slice(0, directive.index).split('\n').length;
        throwProblems([
            {
                file,
                line,
                column: 1,
                message: directive[1] === 'YAML'
                    ? 'YAML directives are not allowed: go-no-go reads YAML 1.2 only (a %YAML 1.1 directive would turn `no` and `off` into false); remove the %YAML line'
                    : 'YAML %TAG directives are not allowed in a checklist; remove the %TAG line'
            }
        ]);
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, merge: false, prettyErrors: false, schema: 'core', version: '1.2', strict: true });
    // The regex above looks at line starts only; the parser is the authority on directives.
    if (doc.directives?.yaml.explicit)
        throwProblems([{ file, line: 1, message: 'YAML directives are not allowed: go-no-go reads YAML 1.2 only' }]);
    const exhausted = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
    if (exhausted)
        throwProblems([{ file, ...locateOffset(exhausted.pos?.[0]), message: TOO_DEEP }]);
    const structure = nodeProblems(doc, file, locateOffset);
    const syntax = doc.errors
        // Our own walk names the duplicated key and where it first appeared.
        .filter((error) => !(error.code === 'DUPLICATE_KEY' && structure.duplicates > 0))
        .map((error) => ({ file, ...locateOffset(error.pos?.[0]), message: syntaxMessage(error.code, error.message) }));
    if (syntax.length > 0 || structure.problems.length > 0)
        throwProblems(dedupe([...syntax, ...structure.problems]));
    const at = (nodePath, key) => locateNode(doc, nodePath, key, locateOffset);
    if (doc.contents === null)
        return { data: null, empty: true, at };
    // Aliases were refused above; maxAliasCount 0 makes sure none is ever expanded.
    return { data: doc.toJS({ maxAliasCount: 0 }), empty: false, at };
}
function codePoint(character) {
    return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/** Control characters in the raw text (comments included): they could rewrite a terminal or a summary. */
function refusedCharacters(text, file) {
    const problems = [];
    const lines = text.split('\n');
    for (let index = 0; index < lines.length && problems.length < MAX_CONTROL_CHARACTER_LINES; index++) {
        const match = CONTROL.exec(lines[index]);
        if (match) {
            problems.push({
                file,
                line: index + 1,
                column: match.index + 1,
                message: `control character ${codePoint(match[0])} is not allowed in a checklist (only tabs and line breaks are)`
            });
        }
    }
    return problems;
}
function syntaxMessage(code, message) {
    if (code === 'DUPLICATE_KEY')
        return 'duplicate key: each key may appear once in a mapping';
    if (code === 'MULTIPLE_DOCS')
        return 'a checklist is a single YAML document; remove the `---` line that starts a second one';
    // prettyErrors is off, so the parser's message carries no source line; it is still cut short.
    const first = message.split('\n')[0];
    return `YAML syntax error: ${first.length > MAX_SYNTAX_MESSAGE_CHARS ? `${first.slice(0, MAX_SYNTAX_MESSAGE_CHARS - 1)}…` : first}`;
}
/**
 * One walk over the parsed nodes for what the schema cannot see: aliases, anchors, tags, keys that
 * are not plain text, duplicate keys (also `1` and `"1"`, which become the same key), and control
 * characters written as escapes (`"\e"`).
 */
function nodeProblems(doc, file, locate) {
    const problems = [];
    let duplicates = 0;
    const trail = [];
    const report = (node, message, key = dotted(trail)) => problems.push({ file, ...locate(node.range?.[0] ?? undefined), ...(key ? { key } : {}), message });
    const visit = (node) => {
        if (node === null || node === undefined || typeof node !== 'object')
            return;
        if ((0,dist/* isAlias */.Vj)(node))
            return void report(node, 'YAML aliases (`*name`) are not allowed in a checklist; write the value out in full');
        const candidate = node;
        if (candidate.anchor)
            report(candidate, 'YAML anchors (`&name`) are not allowed in a checklist; write each value out in full');
        if (candidate.tag && !CORE_TAGS.has(candidate.tag))
            report(candidate, 'YAML tags (such as `!!binary` or `!custom`) are not allowed in a checklist');
        if ((0,dist/* isScalar */.jn)(candidate) && typeof candidate.value === 'string') {
            const control = CONTROL.exec(candidate.value);
            if (control)
                report(candidate, `control character ${codePoint(control[0])} is not allowed in a checklist (only tabs and line breaks are)`);
        }
        if ((0,dist/* isMap */.jh)(candidate)) {
            const firstSeen = new Map();
            for (const pair of candidate.items) {
                const keyNode = pair.key;
                if (keyNode !== null && !(0,dist/* isScalar */.jn)(keyNode)) {
                    report(keyNode, 'mapping keys must be plain text');
                    continue;
                }
                visit(keyNode);
                const name = keyNode === null ? '' : String(keyNode.value);
                trail.push(name);
                const earlier = firstSeen.get(name);
                if (earlier && keyNode) {
                    duplicates++;
                    report(keyNode, `duplicate key ${quoteKey(name)} (first on line ${earlier.line}); each key may appear once`);
                }
                else if (keyNode)
                    firstSeen.set(name, locate(keyNode.range?.[0]));
                visit(pair.value);
                trail.pop();
            }
        }
        else if ((0,dist/* isSeq */.oP)(candidate)) {
            candidate.items.forEach((item, index) => {
                trail.push(index);
                visit(item);
                trail.pop();
            });
        }
    };
    try {
        visit(doc.contents);
    }
    catch (error) {
        // The parser stops at its own depth limit, but the walk runs deeper in the stack than it did.
        if (!(error instanceof RangeError))
            throw error;
        problems.push({ file, message: TOO_DEEP });
    }
    return { problems, duplicates };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __nccwpck_require__(2463);
;// CONCATENATED MODULE: ./src/checklist/yaml/loose-data.ts
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Items of a checklist that may not have passed the schema: only the parts shaped like items. */
function looseItems(data) {
    if (!isRecord(data) || !Array.isArray(data.sections))
        return [];
    return data.sections.flatMap((section, sectionIndex) => isRecord(section) && Array.isArray(section.items)
        ? section.items.flatMap((item, itemIndex) => (isRecord(item) ? [{ item, path: ['sections', sectionIndex, 'items', itemIndex] }] : []))
        : []);
}
/** The value at `parts`, or undefined when the data has no such place. */
function valueAt(data, parts) {
    let value = data;
    for (const part of parts)
        value = value?.[part];
    return value;
}

;// CONCATENATED MODULE: ./src/checklist/yaml/schema-messages.ts
/**
 * JSON Schema errors as messages a person can act on: each names the key, says what was expected
 * and what was found (by kind, never by quoting the value), and suggests the key a typo meant.
 */





const ID = new RegExp(ID_PATTERN);
let compiled;
/** Compiled on first use, so importing this module costs nothing. */
function validators() {
    if (!compiled) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, strict: false, verbose: true });
        const whole = ajv.compile(CHECKLIST_SCHEMA);
        const item = ajv.getSchema(`${CHECKLIST_SCHEMA.$id}#/definitions/item`);
        if (!item)
            throw new Error('the checklist schema has no item definition');
        compiled = { whole, item };
    }
    return compiled;
}
/**
 * Errors of the whole file, checked as its frame (items left out) and then item by item, so that
 * checking stops once there is plenty to report (`incomplete` then says so).
 */
function schemaErrors(data) {
    const { whole, item } = validators();
    if (!isRecord(data) || !Array.isArray(data.sections))
        return { errors: whole(data) ? [] : [...(whole.errors ?? [])], incomplete: false };
    const sections = data.sections;
    const frame = { ...data, sections: sections.map((section) => (isRecord(section) && Array.isArray(section.items) ? { ...section, items: [] } : section)) };
    const errors = whole(frame) ? [] : [...(whole.errors ?? [])];
    for (const [sectionIndex, section] of sections.entries()) {
        if (!isRecord(section) || !Array.isArray(section.items))
            continue;
        for (const [itemIndex, value] of section.items.entries()) {
            if (item(value))
                continue;
            if (errors.length >= MAX_SCHEMA_ERRORS)
                return { errors, incomplete: true };
            const prefix = `/sections/${sectionIndex}/items/${itemIndex}`;
            errors.push(...(item.errors ?? []).map((error) => ({ ...error, instancePath: `${prefix}${error.instancePath}` })));
        }
    }
    return { errors, incomplete: false };
}
/** One problem per schema error that means something to a person, located at its key. */
function schemaProblems(errors, data, file, at) {
    const problems = [];
    for (const error of errors) {
        // Each oneOf branch reports its own "required"; the oneOf error itself gets one clear message.
        if (error.schemaPath.includes('/oneOf/'))
            continue;
        // Reported through the pattern error that comes with it, which names the property.
        if (error.keyword === 'propertyNames')
            continue;
        const instance = toPath(error.instancePath);
        let keyPath = instance;
        let position = at(instance);
        let message;
        switch (error.keyword) {
            case 'additionalProperties': {
                const property = String(error.params.additionalProperty);
                keyPath = [...instance, property];
                position = at(instance, property);
                const allowed = Object.keys(propertiesAt(error.parentSchema));
                const suggestion = closest(property, allowed);
                message = `unknown key ${quoteKey(property)}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
                break;
            }
            case 'required': {
                const missing = String(error.params.missingProperty);
                keyPath = [...instance, missing];
                const item = valueAt(data, instance);
                const id = instance.at(-2) === 'items' && typeof item?.id === 'string' && ID.test(item.id) ? `item "${item.id}" ` : '';
                message = `${id}is missing the required key "${missing}"`;
                break;
            }
            case 'oneOf': {
                const item = valueAt(data, instance);
                const present = ['run', 'file', 'manual'].filter((name) => item && name in item);
                const id = typeof item?.id === 'string' && ID.test(item.id) ? `item "${item.id}"` : 'the item';
                message =
                    present.length === 0 ? `${id} needs exactly one of run, file or manual: true` : `${id} has ${present.join(' and ')}; it needs exactly one of run, file or manual: true`;
                break;
            }
            case 'type': {
                const expected = String(error.params.type);
                const actual = valueAt(data, instance);
                const quoteHint = expected.includes('string') && (typeof actual === 'number' || typeof actual === 'boolean') ? '; put it in quotes to make it text' : '';
                message = `${instance.length === 0 ? 'the checklist ' : ''}must be ${typeNames(expected)}, not ${describe(actual)}${quoteHint}`;
                break;
            }
            case 'const':
                message =
                    instance.at(-1) === 'version'
                        ? 'version must be 1'
                        : instance.at(-1) === 'manual'
                            ? 'manual must be true (or leave the key out)'
                            : `must be ${JSON.stringify(error.params.allowedValue)}`;
                break;
            case 'enum':
                message = `must be one of ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}`;
                break;
            case 'pattern':
                if (error.propertyName !== undefined) {
                    keyPath = [...instance, error.propertyName];
                    position = at(instance, error.propertyName);
                    message = `${quoteKey(error.propertyName)} is not a usable environment variable name (letters, digits and _, not starting with a digit)`;
                }
                else if (instance.at(-2) === 'needs')
                    message = 'must be an item id (lower-case letters, digits, "-" and "_")';
                else if (instance.at(-1) === 'id')
                    message = 'must use only lower-case letters, digits, "-" and "_", starting with a letter or digit';
                else
                    message = 'must not be blank';
                break;
            case 'minLength':
                message = 'must not be empty';
                break;
            case 'uniqueItems':
                message = `lists the same entry twice (entries ${error.params.j} and ${error.params.i})`;
                break;
            default:
                message = error.message ?? 'is invalid';
        }
        const key = dotted(keyPath);
        problems.push({ file, ...position, ...(key ? { key } : {}), message });
    }
    return problems;
}
/** Ajv's `/sections/0/items/1` as a path; JSON Pointer escapes undone. */
function toPath(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
function propertiesAt(schema) {
    return schema?.properties ?? {};
}
/** The allowed key a typo most likely meant (a few edits away), if any. */
function closest(word, candidates) {
    if (word.length > MAX_TYPO_WORD_CHARS)
        return undefined;
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate);
        if (distance <= Math.min(MAX_TYPO_EDITS, Math.floor(candidate.length / 2)) && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    return best?.name;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++)
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
    }
    return previous[b.length];
}
function typeNames(type) {
    return type
        .split(',')
        .map((name) => (name === 'object' ? 'a mapping' : name === 'array' ? 'a list' : name === 'string' ? 'text' : name === 'integer' ? 'a whole number' : `a ${name}`))
        .join(' or ');
}
/** What a wrong value is, without quoting text from the file. */
function describe(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return 'text';
    if (typeof value === 'number')
        return `the number ${value}`;
    return `${typeof value} ${String(value)}`;
}

;// CONCATENATED MODULE: ./src/checklist/yaml/semantics.ts
/**
 * What JSON Schema cannot say about a YAML checklist: ids unique, needs that exist and do not loop,
 * keys that only mean something for one kind of item, paths that stay in the workspace.
 *
 * Each rule is one function in RULES. The rules run on data that may have failed the schema (only
 * the parts shaped like items are looked at), so a file's every problem is reported in one go. To
 * add a rule, write a function over the SemanticContext and add it to the list.
 */




const semantics_ID = new RegExp(ID_PATTERN);
const MANUAL_ONLY = ['approvers', 'min-approvals', 'allow-author', 'paths'];
const COMMAND_ONLY = ['expect', 'parser', 'env', 'timeout-minutes', 'working-directory'];
/** In the order their problems are found; all problems are sorted by line before they are shown. */
const RULES = [uniqueIds, keysForTheKind, pathsInsideWorkspace, needsExist, needsWithoutCycle];
/** Every semantic problem of the file. */
function semanticProblems(data, file, at) {
    const problems = [];
    const items = looseItems(data);
    const firstUse = new Map();
    for (const { item, path: itemPath } of items) {
        const id = idOf(item);
        if (id !== undefined && !firstUse.has(id))
            firstUse.set(id, { position: at([...itemPath, 'id']), path: itemPath });
    }
    const context = {
        data,
        items,
        firstUse,
        at,
        report: (position, parts, message) => problems.push({ file, ...position, key: dotted(parts), message })
    };
    for (const rule of RULES)
        rule(context);
    return problems;
}
/** The item's id when it is well formed; a malformed one is the schema's to report. */
function idOf(item) {
    return typeof item.id === 'string' && semantics_ID.test(item.id) ? item.id : undefined;
}
/** Needs refer to items by id, and results are keyed by it: two items with one id would share a fate. */
function uniqueIds({ items, firstUse, at, report }) {
    for (const { item, path: itemPath } of items) {
        const id = idOf(item);
        const first = id === undefined ? undefined : firstUse.get(id);
        if (!first || first.path === itemPath)
            continue;
        report(at([...itemPath, 'id']), [...itemPath, 'id'], `duplicate id "${id}" (first used on line ${first.position.line}); ids must be unique across the checklist`);
    }
}
/** A key of the other kind of item would be silently ignored, which the author did not mean. */
function keysForTheKind({ items, at, report }) {
    for (const { item, path: itemPath } of items) {
        const isCommand = item.run !== undefined;
        if (!isCommand && item.file === undefined && item.manual === undefined)
            continue;
        const manualOnly = MANUAL_ONLY.find((key) => key in item);
        if (item.manual === undefined && manualOnly)
            report(at(itemPath, manualOnly), [...itemPath, manualOnly], `"${manualOnly}" applies only to manual items`);
        const commandOnly = COMMAND_ONLY.find((key) => key in item);
        if (!isCommand && commandOnly)
            report(at(itemPath, commandOnly), [...itemPath, commandOnly], `"${commandOnly}" applies only to items with run`);
    }
}
/** A gate's directory and an evidence file are read from the workspace, never from outside it. */
function pathsInsideWorkspace({ data, items, at, report }) {
    const check = (owner, ownerPath, key) => {
        const value = owner[key];
        if (typeof value === 'string' && value.length > 0 && !staysInside(value)) {
            report(at([...ownerPath, key]), [...ownerPath, key], `must be a path inside the workspace (relative, without leading ..)`);
        }
    };
    if (isRecord(data) && isRecord(data.defaults))
        check(data.defaults, ['defaults'], 'working-directory');
    for (const { item, path: itemPath } of items) {
        if (item.run === undefined && item.file === undefined && item.manual === undefined)
            continue;
        check(item, itemPath, 'working-directory');
        check(item, itemPath, 'file');
    }
}
/** Whether a relative path stays inside the directory it is resolved against (by its text alone). */
function staysInside(value) {
    if (external_node_path_default().posix.isAbsolute(value) || external_node_path_default().win32.isAbsolute(value))
        return false;
    const normal = external_node_path_default().posix.normalize(value.replace(/\\/g, '/'));
    return normal !== '..' && !normal.startsWith('../');
}
/** A need that names no item, or the item itself, could never be met. */
function needsExist({ items, firstUse, at, report }) {
    for (const { item, path: itemPath } of items) {
        if (!Array.isArray(item.needs))
            continue;
        item.needs.forEach((need, needIndex) => {
            if (typeof need !== 'string' || !semantics_ID.test(need))
                return;
            const needPath = [...itemPath, 'needs', needIndex];
            if (!firstUse.has(need))
                report(at(needPath), needPath, `needs "${need}", which is not an item id`);
            else if (need === item.id)
                report(at(needPath), needPath, `item "${need}" needs itself`);
        });
    }
}
/** Items in a cycle of needs would wait for each other forever. */
function needsWithoutCycle({ items, firstUse, at, report }) {
    const needs = new Map();
    for (const { item, path: itemPath } of items) {
        const id = idOf(item);
        // Only the first item of an id takes part: a duplicate is reported on its own.
        if (id === undefined || firstUse.get(id)?.path !== itemPath)
            continue;
        needs.set(id, Array.isArray(item.needs) ? item.needs.filter((need) => typeof need === 'string' && semantics_ID.test(need)) : []);
    }
    const cycle = findCycle(needs);
    if (cycle) {
        const needsPath = [...(firstUse.get(cycle[0])?.path ?? []), 'needs'];
        report(at(needsPath), needsPath, `needs form a cycle: ${cycle.join(' → ')}; no item in it could ever run`);
    }
}
/** A cycle among `needs`, as the ids around it (first repeated at the end), if there is one. */
function findCycle(needs) {
    const state = new Map();
    const stack = [];
    // Iterative, so a long chain of needs cannot overflow the stack.
    for (const start of needs.keys()) {
        if (state.has(start))
            continue;
        const frames = [{ id: start, next: 0 }];
        state.set(start, 'visiting');
        stack.push(start);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            const targets = needs.get(frame.id) ?? [];
            if (frame.next >= targets.length) {
                frames.pop();
                stack.pop();
                state.set(frame.id, 'done');
                continue;
            }
            const target = targets[frame.next++];
            if (target === frame.id || !needs.has(target) || state.get(target) === 'done')
                continue;
            if (state.get(target) === 'visiting')
                return [...stack.slice(stack.indexOf(target)), target];
            state.set(target, 'visiting');
            stack.push(target);
            frames.push({ id: target, next: 0 });
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/checklist/yaml/to-checklist.ts
/**
 * A YAML checklist that passed every check, as the typed Checklist the rest of go-no-go runs:
 * kebab-case keys become fields, defaults are filled in, and titles become one line.
 */

/** Titles are one line in every report: folded or padded YAML text is collapsed to single spaces. */
function collapseWhitespace(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** The checklist of a valid file; `lineOfItem` gives each item's line for its source location. */
function toChecklist(raw, file, lineOfItem) {
    const fallback = commandDefaults();
    const defaultTimeoutMs = raw.defaults?.['timeout-minutes'] === undefined ? fallback.timeoutMs : timeoutMsOf(raw.defaults['timeout-minutes']);
    const defaultDirectory = raw.defaults?.['working-directory'] ?? fallback.workingDirectory;
    const sections = raw.sections.map((section, sectionIndex) => ({
        title: collapseWhitespace(section.title),
        items: section.items.map((item, itemIndex) => {
            const line = lineOfItem(sectionIndex, itemIndex);
            const base = {
                id: item.id,
                title: collapseWhitespace(item.title),
                severity: item.severity ?? DEFAULT_SEVERITY,
                section: collapseWhitespace(section.title),
                needs: item.needs ?? [],
                ...(line ? { source: { file, line } } : {})
            };
            if (item.run !== undefined) {
                return {
                    ...base,
                    kind: 'command',
                    run: item.run,
                    timeoutMs: item['timeout-minutes'] === undefined ? defaultTimeoutMs : timeoutMsOf(item['timeout-minutes']),
                    workingDirectory: item['working-directory'] ?? defaultDirectory,
                    env: Object.fromEntries(Object.entries(item.env ?? {}).map(([name, value]) => [name, String(value)])),
                    ...(item.parser ? { parser: item.parser } : {}),
                    expect: toExpectations(item.expect ?? {})
                };
            }
            if (item.file !== undefined)
                return { ...base, kind: 'file', path: item.file };
            const manual = manualDefaults();
            return {
                ...manual,
                ...base,
                kind: 'manual',
                approvers: item.approvers ?? manual.approvers,
                minApprovals: item['min-approvals'] ?? manual.minApprovals,
                allowAuthor: item['allow-author'] ?? manual.allowAuthor,
                paths: item.paths ?? manual.paths
            };
        })
    }));
    return { title: raw.title === undefined ? DEFAULT_YAML_TITLE : collapseWhitespace(raw.title), path: file, format: 'yaml', sections };
}
function toExpectations(raw) {
    const expectations = {};
    if (typeof raw['pass-rate'] === 'number')
        expectations.passRate = raw['pass-rate'];
    if (typeof raw['max-failures'] === 'number')
        expectations.maxFailures = raw['max-failures'];
    if (typeof raw['min-tests'] === 'number')
        expectations.minTests = raw['min-tests'];
    if (typeof raw['max-warnings'] === 'number')
        expectations.maxWarnings = raw['max-warnings'];
    if (typeof raw['max-vulnerabilities'] === 'number')
        expectations.maxVulnerabilities = raw['max-vulnerabilities'];
    if (Array.isArray(raw['allowed-severities']))
        expectations.allowedSeverities = raw['allowed-severities'];
    return expectations;
}

;// CONCATENATED MODULE: ./src/checklist/parse-yaml.ts
/**
 * The YAML checklist (format v1) to a typed Checklist, or every problem found, each with file,
 * line, column and dotted key. Four steps, one module each:
 * 1. yaml/safety.ts — read the untrusted text as YAML 1.2 with every unsafe feature refused;
 * 2. yaml/schema-messages.ts — check it against the JSON Schema, in messages a person can act on;
 * 3. yaml/semantics.ts — what the schema cannot say (unique ids, needs, paths, keys per kind);
 * 4. yaml/to-checklist.ts — turn the valid file into the typed checklist, defaults filled in.
 */







/**
 * Parses and checks a YAML checklist. Throws ChecklistError listing every problem found; an empty
 * file (or `sections: []`) is a valid checklist without items — the verdict decides what that means.
 */
function parseYamlChecklist(text, file, options = {}) {
    const { data, empty, at } = readUntrustedYaml(text, file, options.maxBytes ?? MAX_CHECKLIST_BYTES);
    if (empty)
        return { title: DEFAULT_YAML_TITLE, path: file, format: 'yaml', sections: [] };
    const checked = schemaErrors(data);
    const problems = [...schemaProblems(checked.errors, data, file, at), ...semanticProblems(data, file, at)];
    if (problems.length > 0)
        throwProblems(dedupe(problems), checked.incomplete);
    return toChecklist(data, file, (sectionIndex, itemIndex) => at(['sections', sectionIndex, 'items', itemIndex]).line);
}

;// CONCATENATED MODULE: ./src/cli/starter.ts
/**
 * The starter checklist and workflow `go-no-go init` writes and prints: a preset from checklists/,
 * trimmed to what the project has, and a workflow that installs what the gates need. Pure.
 */





/** The action as users reference it (README, printed workflow). */
const ACTION_REFERENCE = 'go-no-go/go-no-go@v1';
/** Checkout, toolchain and dependency installs before the first gate, on a hosted runner. */
const SETUP_ALLOWANCE_MINUTES = 10;
function buildStarter(project, context) {
    const document = (0,dist/* parseDocument */.Tp)(PRESETS[project.kind]);
    const notes = [];
    if (project.kind === 'node')
        trimNodePreset(document, project, notes);
    const kindName = project.kind === 'rust' ? 'Rust' : 'Node.js';
    const text = document
        .toString({ lineWidth: 0, flowCollectionPadding: false })
        .replace(/^# go-no-go preset for a .*$/m, `# Written by \`go-no-go init\` from the ${kindName} preset (checklists/${project.kind}.yml); adjust it to your project.`);
    // What we write must be a checklist go-no-go reads; a preset edit that breaks it fails here, not later.
    const checklist = parseYamlChecklist(text, context.checklistPath);
    if (project.kind === 'node' && !project.testScript)
        notes.push('package.json has no test script: the `tests` gate fails until `npm test` runs your tests');
    if (project.kind === 'rust' && !context.onPath('cargo-audit'))
        notes.push('cargo-audit is not installed here (`cargo install cargo-audit --locked`): the `audit` gate is an error until it is');
    for (const item of allItems(checklist)) {
        if (item.kind === 'file' && !context.exists(item.path))
            notes.push(`${item.path} does not exist yet: the \`${item.id}\` item fails until it does (or remove the item)`);
    }
    return { checklist: text, notes, workflow: starterWorkflow(project, checklist, context.checklistPath) };
}
function trimNodePreset(document, project, notes) {
    if (!project.hasLintScript) {
        removeItem(document, 'lint');
        notes.push('left out `lint`: package.json has no lint script');
    }
    if (!project.hasBuildScript) {
        removeItem(document, 'build');
        notes.push('left out `build`: package.json has no build script');
    }
    if (project.installer !== 'npm') {
        removeItem(document, 'audit');
        notes.push('left out `audit`: npm audit needs package-lock.json; add your package manager’s audit as a gate');
    }
}
/** Removes an item, every `needs` on it, and a section left empty. */
function removeItem(document, id) {
    const sections = document.get('sections');
    if (!(0,dist/* isSeq */.oP)(sections))
        return;
    for (const section of sections.items) {
        const items = (0,dist/* isMap */.jh)(section) ? section.get('items') : undefined;
        if (!(0,dist/* isSeq */.oP)(items))
            continue;
        items.items = items.items.filter((item) => !((0,dist/* isMap */.jh)(item) && item.get('id') === id));
        for (const item of items.items)
            if ((0,dist/* isMap */.jh)(item))
                dropNeed(item, id);
    }
    sections.items = sections.items.filter((section) => {
        const items = (0,dist/* isMap */.jh)(section) ? section.get('items') : undefined;
        return !(0,dist/* isSeq */.oP)(items) || items.items.length > 0;
    });
}
function dropNeed(item, id) {
    const needs = item.get('needs');
    if (!(0,dist/* isSeq */.oP)(needs))
        return;
    needs.items = needs.items.filter((need) => String(need.value ?? need) !== id);
    if (needs.items.length === 0)
        item.delete('needs');
}
/**
 * Long enough for the slowest chain of gates (`needs` runs them one after another) plus set-up,
 * so a slow gate is reported as timed out by go-no-go rather than the job killed without a report.
 */
function jobTimeoutMinutes(checklist) {
    const items = new Map(allItems(checklist).map((item) => [item.id, item]));
    const memo = new Map();
    const chain = (item, seen) => {
        const known = memo.get(item.id);
        if (known !== undefined)
            return known;
        if (seen.has(item.id))
            return 0;
        const own = item.kind === 'command' ? item.timeoutMs : 0;
        const before = Math.max(0, ...item.needs.map((id) => items.get(id)).map((need) => (need ? chain(need, new Set([...seen, item.id])) : 0)));
        memo.set(item.id, own + before);
        return own + before;
    };
    const longestMs = Math.max(0, ...[...items.values()].map((item) => chain(item, new Set())));
    return Math.ceil(longestMs / 60_000) + SETUP_ALLOWANCE_MINUTES;
}
function starterWorkflow(project, checklist, checklistPath) {
    const lines = [
        'name: Go/No-Go',
        'on:',
        '  pull_request:',
        '  merge_group:',
        '',
        'permissions:',
        '  contents: read',
        '  pull-requests: write   # the sticky comment',
        '  checks: write          # the check run with annotations',
        '',
        'concurrency:',
        '  group: go-no-go-${{ github.event.pull_request.number || github.ref }}',
        '  cancel-in-progress: true',
        '',
        'jobs:',
        '  go-no-go:',
        '    runs-on: ubuntu-latest',
        `    timeout-minutes: ${jobTimeoutMinutes(checklist)}`,
        '    steps:',
        '      - uses: actions/checkout@v5',
        ...(project.kind === 'rust' ? rustSetup() : nodeSetup(project)),
        `      - uses: ${ACTION_REFERENCE}`,
        '        id: gonogo',
        ...(checklistPath === constants_DEFAULT_CHECKLIST_PATH ? [] : ['        with:', `          checklist: ${JSON.stringify(checklistPath)}`]),
        '      - uses: actions/upload-artifact@v4',
        '        if: always()',
        '        with:',
        '          name: go-no-go-report',
        '          path: ${{ steps.gonogo.outputs.report }}'
    ];
    return `${lines.join('\n')}\n`;
}
function rustSetup() {
    return [
        '      - run: rustup component add rustfmt clippy',
        '      - uses: Swatinem/rust-cache@v2',
        '      # The audit gate needs cargo-audit; this installs a prebuilt binary in seconds.',
        '      - uses: taiki-e/install-action@v2',
        '        with:',
        '          tool: cargo-audit'
    ];
}
const INSTALL = {
    npm: 'npm ci',
    pnpm: 'pnpm install --frozen-lockfile',
    yarn: 'yarn install --immutable',
    'yarn-classic': 'yarn install --frozen-lockfile',
    none: 'npm install'
};
function nodeSetup(project) {
    const cache = project.installer === 'none' ? undefined : project.installer.startsWith('yarn') ? 'yarn' : project.installer;
    // setup-node's cache calls pnpm/yarn itself, so corepack must provide them first.
    const corepack = project.installer === 'pnpm' || project.installer.startsWith('yarn') ? ['      - run: corepack enable'] : [];
    return [
        ...corepack,
        '      - uses: actions/setup-node@v5',
        '        with:',
        project.nodeVersionFile ? `          node-version-file: ${project.nodeVersionFile}` : '          node-version: 24',
        ...(cache ? [`          cache: ${cache}`] : []),
        '      # Gates only check: dependencies are installed before go-no-go runs them.',
        `      - run: ${INSTALL[project.installer]}`
    ];
}

;// CONCATENATED MODULE: ./src/cli/init.ts
/** `go-no-go init`: look at the project, write a starter checklist, print the workflow to add. */








const MAX_PROJECT_FILE_BYTES = 1024 * 1024;
async function initProject(command, io) {
    const root = external_node_path_default().resolve(command.cwd);
    if (!(0,external_node_fs_namespaceObject.statSync)(root, { throwIfNoEntry: false })?.isDirectory())
        throw new CliError(`${root} is not a directory (--cwd ${command.cwd})`);
    const target = external_node_path_default().resolve(root, command.checklist);
    if (!isInside(root, target) || target === root)
        throw new CliError(`--checklist ${command.checklist} must be a file inside ${root}`);
    const files = {
        exists: (name) => (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(root, name)),
        read: (name) => readProjectFile(root, name)
    };
    const project = detectProject(files, command.preset);
    const starter = buildStarter(project, {
        checklistPath: command.checklist,
        exists: (relative) => (0,external_node_fs_namespaceObject.statSync)(external_node_path_default().resolve(root, relative), { throwIfNoEntry: false })?.isFile() === true,
        onPath: (program) => onPath(program, io.env.PATH ?? '')
    });
    try {
        writeChecklist(root, target, starter.checklist, command);
    }
    catch (error) {
        const code = error.code;
        if (error instanceof CliError || !code)
            throw error;
        throw new CliError(`cannot write ${command.checklist} (${code})`);
    }
    const cwdFlag = command.cwd === '.' ? '' : ` -C ${shellQuote(command.cwd)}`;
    const checklistFlag = command.checklist === '.github/go-no-go.yml' ? '' : ` --checklist ${shellQuote(command.checklist)}`;
    const out = [
        `Wrote ${command.checklist} from the ${project.kind === 'rust' ? 'Rust' : 'Node.js'} preset${project.kind === 'node' && project.testScript ? ` (npm test runs: ${project.testScript})` : ''}.`,
        ...starter.notes.map((note) => `  - ${note}`),
        '',
        `Try it here:   go-no-go${cwdFlag}${checklistFlag} --gates-only`,
        '',
        'Then add this workflow as .github/workflows/go-no-go.yml:',
        '',
        ...starter.workflow
            .trimEnd()
            .split('\n')
            .map((line) => `    ${line}`),
        ''
    ];
    // package.json is the repository's text: its test script must not drive the terminal (title, clipboard).
    io.stdout.write(stripControl(`${out.join('\n')}\n`));
    return 0;
}
/**
 * Never clobbers by accident: without --force an existing file (or a link) is refused; with it, the
 * new file replaces the old by rename, so a symbolic link is replaced, not written through.
 */
function writeChecklist(root, target, text, command) {
    const existing = (0,external_node_fs_namespaceObject.lstatSync)(target, { throwIfNoEntry: false });
    if (existing?.isDirectory())
        throw new CliError(`${command.checklist} is a directory`);
    if (existing && !command.force)
        throw new CliError(`${command.checklist} already exists; go-no-go init --force overwrites it`);
    // A repository can make .github a link to anywhere; init writes (and creates folders) inside the
    // project or not at all, so the nearest existing folder on the way is checked before anything.
    const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    let existingParent = external_node_path_default().dirname(target);
    while (!(0,external_node_fs_namespaceObject.existsSync)(existingParent))
        existingParent = external_node_path_default().dirname(existingParent);
    if (!isInside(realRoot, (0,external_node_fs_namespaceObject.realpathSync)(existingParent)))
        throw new CliError(`${command.checklist} leads outside ${realRoot} through a symbolic link`);
    (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
    if (!existing) {
        (0,external_node_fs_namespaceObject.writeFileSync)(target, text, { flag: 'wx' });
        return;
    }
    const temporary = `${target}.${process.pid}.tmp`;
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(temporary, text, { flag: 'wx' });
        (0,external_node_fs_namespaceObject.renameSync)(temporary, target);
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(temporary, { force: true });
    }
}
/** Project files are the repository's: a FIFO or a huge file there must not hang or swamp init. */
function readProjectFile(root, name) {
    const file = external_node_path_default().join(root, name);
    const info = (0,external_node_fs_namespaceObject.statSync)(file, { throwIfNoEntry: false });
    if (!info)
        return undefined;
    if (!info.isFile())
        throw new CliError(`${name} is not a regular file`);
    if (info.size > MAX_PROJECT_FILE_BYTES)
        throw new CliError(`${name} is ${info.size} bytes; init reads at most ${MAX_PROJECT_FILE_BYTES}`);
    return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
}
function onPath(program, searchPath) {
    return searchPath
        .split((external_node_path_default()).delimiter)
        .filter(Boolean)
        .some((directory) => {
        try {
            (0,external_node_fs_namespaceObject.accessSync)(external_node_path_default().join(directory, program), external_node_fs_namespaceObject.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: ./src/checklist/load.ts
/**
 * Reading the checklist file: a regular file inside the workspace, not too large, nothing else.
 * The path comes from a workflow input and the file from the pull request, so every refusal happens
 * before a byte is read, and no message ever quotes the file's bytes (a symlink to
 * /proc/self/environ would otherwise leak the runner's secrets into a summary).
 */







/** Loads and parses the checklist at `options.path`. Every refusal is a ChecklistError naming the file. */
async function loadChecklist(options, parsers = {}) {
    const given = options.path;
    const maxBytes = options.maxBytes ?? MAX_CHECKLIST_BYTES;
    const refuse = (message, file = given) => {
        throw new ChecklistError([{ file: file || '(no path)', message }]);
    };
    if (given.trim() === '')
        refuse('no checklist path was given');
    if (given.includes('\0'))
        refuse('the checklist path contains a NUL character');
    const workspace = external_node_path_default().resolve(options.workspace);
    const realWorkspace = await (0,promises_namespaceObject.realpath)(workspace).catch(() => refuse(`the workspace ${workspace} does not exist`));
    const target = external_node_path_default().resolve(workspace, given);
    if (external_node_path_default().isAbsolute(given)) {
        if (!isInside(workspace, target) && !isInside(realWorkspace, target)) {
            refuse('the checklist path is absolute and outside the workspace; it must be relative to the workspace');
        }
    }
    else if (!isInside(workspace, target)) {
        refuse('the checklist path leads outside the workspace');
    }
    // Messages and the checklist name the file as the user would, relative to the workspace.
    const shown = external_node_path_default().isAbsolute(given) ? external_node_path_default().relative(isInside(workspace, target) ? workspace : realWorkspace, target) || given : given;
    const link = await (0,promises_namespaceObject.lstat)(target).catch((error) => refuse(error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'the checklist file does not exist' : `the checklist file cannot be read (${error.code ?? 'error'})`, shown));
    // realpath also resolves links in the directories on the way (`.github` -> /etc), not just the last step.
    const real = await (0,promises_namespaceObject.realpath)(target).catch(() => refuse(link.isSymbolicLink() ? 'the checklist is a broken symbolic link' : 'the checklist path cannot be resolved', shown));
    if (!isInside(realWorkspace, real)) {
        refuse(link.isSymbolicLink()
            ? 'the checklist is a symbolic link to a file outside the workspace'
            : 'the checklist path passes through a symbolic link that leads outside the workspace', shown);
    }
    // Type and size before opening: opening a device can have effects of its own.
    const before = await (0,promises_namespaceObject.stat)(real).catch(() => refuse('the checklist file cannot be read', shown));
    refuseUnlessReadable(before, maxBytes, (message) => refuse(message, shown));
    // O_NONBLOCK: a FIFO swapped in after the check cannot make open wait for a writer. O_NOFOLLOW: nor can a new link.
    const flags = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0) | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0);
    const handle = await (0,promises_namespaceObject.open)(real, flags).catch(() => refuse('the checklist file cannot be opened', shown));
    let bytes;
    try {
        const info = await handle.stat();
        refuseUnlessReadable(info, maxBytes, (message) => refuse(message, shown));
        if (info.ino !== before.ino || info.dev !== before.dev)
            refuse('the checklist file changed while it was being opened', shown);
        // One byte more than the size tells a file that grows while it is read.
        bytes = await readAtMost(handle, info.size + 1);
        if (bytes.length > info.size)
            refuse('the checklist file changed while it was being read', shown);
    }
    finally {
        await handle.close();
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return refuse('the checklist is not UTF-8 text', shown);
    }
    return parseChecklistText(text, shown, parsers, maxBytes);
}
/** The format follows the file name: `.md` / `.markdown` is a Markdown checklist, anything else YAML. */
function parseChecklistText(text, file, parsers, maxBytes = MAX_CHECKLIST_BYTES) {
    if (/\.(md|markdown)$/i.test(file)) {
        if (!parsers.markdown)
            throw new ChecklistError([{ file, message: 'Markdown checklists cannot be read here; use the YAML format' }]);
        return parsers.markdown(text, file);
    }
    return parseYamlChecklist(text, file, { maxBytes });
}
function refuseUnlessReadable(info, maxBytes, refuse) {
    if (info.isDirectory())
        refuse('the checklist path is a directory, not a file');
    if (!info.isFile())
        refuse('the checklist is not a regular file (a FIFO, socket or device)');
    if (info.size > maxBytes)
        refuse(`the checklist is ${info.size} bytes; the limit is ${maxBytes}`);
}
async function readAtMost(handle, limit) {
    const buffer = Buffer.alloc(limit);
    let filled = 0;
    // A single read may return less than asked; stop at end of file or at the limit.
    while (filled < limit) {
        const { bytesRead } = await handle.read(buffer, filled, limit - filled, filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return buffer.subarray(0, filled);
}

;// CONCATENATED MODULE: ./src/gates/schedule.ts
/**
 * Every item gets a result. An item whose `needs` did not all pass is not run: it is an error
 * (its check could not be made), never a pass. A cancelled run marks what had not started as cancelled.
 */
async function runScheduled(items, runItem, options) {
    const results = new Map();
    const waiting = [...items];
    const running = new Map();
    const limit = Math.max(1, Math.floor(options.concurrency));
    const record = (item, result) => {
        results.set(item.id, result);
        options.onFinished?.(result, item);
    };
    while (waiting.length > 0 || running.size > 0) {
        for (let index = 0; index < waiting.length && running.size < limit;) {
            const item = waiting[index];
            if (options.signal?.aborted) {
                waiting.splice(index, 1);
                record(item, { id: item.id, status: 'cancelled', summary: 'not started', reason: 'the run was cancelled', durationMs: 0 });
                continue;
            }
            const blockers = item.needs.filter((need) => results.get(need)?.status !== 'pass');
            const unfinished = blockers.filter((need) => !results.has(need));
            if (unfinished.length > 0) {
                index++;
                continue;
            }
            waiting.splice(index, 1);
            if (blockers.length > 0) {
                record(item, {
                    id: item.id,
                    status: 'error',
                    summary: 'not run',
                    reason: `not run because ${blockers.map((id) => `\`${id}\``).join(', ')} did not pass`,
                    durationMs: 0
                });
                continue;
            }
            const task = runItem(item)
                .catch((error) => ({
                id: item.id,
                status: 'error',
                summary: 'crashed',
                reason: `internal error while running the gate: ${error instanceof Error ? error.message : String(error)}`,
                durationMs: 0
            }))
                .then((result) => {
                record(item, result);
                running.delete(item.id);
            });
            running.set(item.id, task);
        }
        if (running.size === 0) {
            // Only items whose needs can never finish are left (the checklist parser rejects cycles and unknown ids, so this is a guard).
            for (const item of waiting.splice(0)) {
                record(item, { id: item.id, status: 'error', summary: 'not run', reason: 'its `needs` can never be satisfied', durationMs: 0 });
            }
            break;
        }
        await Promise.race(running.values());
    }
    return results;
}

;// CONCATENATED MODULE: ./src/verdict.ts

const DECISION_LABELS = {
    go: 'GO',
    'conditional-go': 'CONDITIONAL GO',
    'no-go': 'NO-GO'
};
const RUN_PROBLEM_CODES = (/* unused pure expression or super */ null && ([
    'cancelled',
    /** An action input could not be read (an unknown `fail-on`, a `concurrency` that is not a number). */
    'invalid-input',
    /** The checklist could not be read, so nothing it asks for was checked. */
    'invalid-checklist',
    /** The event is not one go-no-go knows how to judge. */
    'unsupported-event',
    /** The event file is missing, is not JSON, or lacks what the event must carry. */
    'unreadable-event',
    /** A comment event whose pull request could not be read: there is nothing to judge. */
    'pull-request-unreadable',
    /** A privileged event (write token, secrets) whose checkout is not exactly the workflow's commit. */
    'untrusted-checkout',
    /** go-no-go itself failed; what it had judged cannot be trusted. */
    'internal-error',
    /** A gate wrote to GITHUB_ENV, GITHUB_OUTPUT, … (restored, but the gate reached the runner). */
    'runner-file-changed',
    /** A gate left a process that could not be killed, which may still act after the run. */
    'process-left-running'
]));
/**
 * The verdict of a run stopped before any item was judged (a refused event, a bad input, an
 * invalid checklist, a cancel before the first gate): NO-GO, with the problems as its reasons.
 */
function refuse(problems) {
    return {
        decision: 'no-go',
        reasons: problems.map((problem) => problem.message),
        counts: countStatuses([]),
        runProblems: [...problems]
    };
}
/**
 * NO-GO if any blocking item is not a pass (failed, errored, pending, cancelled, or missing a
 * result); CONDITIONAL GO if only warning items are; otherwise GO. Info items never change it.
 */
function verdict_decide(checklist, results, options = {}) {
    const runProblems = [...(options.runProblems ?? [])];
    const verdict = decideItems(checklist, results, options);
    if (runProblems.length === 0)
        return verdict;
    return { ...verdict, decision: 'no-go', reasons: [...runProblems.map((problem) => problem.message), ...verdict.reasons], runProblems };
}
function decideItems(checklist, results, options) {
    const runProblems = [];
    const items = allItems(checklist);
    const counts = countStatuses(items.map((item) => statusOf(item, results)));
    const blockingReasons = [];
    const warningReasons = [];
    for (const item of items) {
        const status = statusOf(item, results);
        if (status === 'pass' || item.severity === 'info')
            continue;
        const reason = `${item.id}: ${describeStatus(status)}${results.get(item.id)?.reason ? ` (${results.get(item.id)?.reason})` : ''}`;
        if (item.severity === 'blocking')
            blockingReasons.push(reason);
        else
            warningReasons.push(reason);
    }
    const decisive = items.filter((item) => item.severity !== 'info');
    if (decisive.length === 0 && !options.allowEmpty) {
        return { decision: 'no-go', reasons: ['the checklist has no blocking or warning items, so nothing was proven'], counts, runProblems };
    }
    if (blockingReasons.length > 0)
        return { decision: 'no-go', reasons: [...blockingReasons, ...warningReasons], counts, runProblems };
    if (warningReasons.length > 0)
        return { decision: 'conditional-go', reasons: warningReasons, counts, runProblems };
    return { decision: 'go', reasons: [], counts, runProblems };
}
/** An item with no result was never judged: treat it as an error, never as a pass. */
function statusOf(item, results) {
    return results.get(item.id)?.status ?? 'error';
}
function describeStatus(status) {
    switch (status) {
        case 'fail':
            return 'failed';
        case 'error':
            return 'could not be checked';
        case 'pending':
            return 'awaiting sign-off';
        case 'cancelled':
            return 'cancelled';
        case 'pass':
            return 'passed';
    }
}
function countStatuses(statuses) {
    const counts = { passed: 0, failed: 0, errored: 0, pending: 0, cancelled: 0 };
    for (const status of statuses) {
        if (status === 'pass')
            counts.passed++;
        else if (status === 'fail')
            counts.failed++;
        else if (status === 'error')
            counts.errored++;
        else if (status === 'pending')
            counts.pending++;
        else
            counts.cancelled++;
    }
    return counts;
}
/** Whether the step fails for this decision under the `fail-on` policy. */
function shouldFail(decision, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'conditional-go')
        return decision !== 'go';
    return decision === 'no-go';
}

;// CONCATENATED MODULE: ./src/engine.ts



async function runChecklist(checklist, runGate, options) {
    const now = options.now ?? Date.now;
    const started = now();
    const guards = options.guards ?? [];
    for (const guard of guards)
        await guard.before();
    const results = await runScheduled(allItems(checklist), runGate, {
        concurrency: options.concurrency,
        signal: options.signal,
        onFinished: (result) => options.onGateFinished?.(result)
    });
    const runProblems = [];
    for (const guard of guards)
        runProblems.push(...(await guard.after()));
    return buildReport(checklist, results, {
        started,
        finished: now(),
        cancelled: options.signal?.aborted ?? false,
        allowEmpty: options.allowEmpty,
        runUrl: options.runUrl,
        runProblems
    });
}
function buildReport(checklist, results, run) {
    const cancelled = run.cancelled ? [{ code: 'cancelled', message: 'the run was cancelled before every gate finished' }] : [];
    const verdict = verdict_decide(checklist, results, { allowEmpty: run.allowEmpty, runProblems: [...cancelled, ...(run.runProblems ?? [])] });
    return {
        checklist,
        results,
        verdict,
        startedAt: new Date(run.started).toISOString(),
        durationMs: run.finished - run.started,
        cancelled: run.cancelled,
        ...(run.runUrl ? { runUrl: run.runUrl } : {})
    };
}
/** The report again after sign-offs changed some manual items: the verdict is decided anew. */
function withSignoffs(report, results, signoffs, allowEmpty) {
    const started = Date.parse(report.startedAt);
    const runProblems = report.verdict.runProblems.filter((problem) => problem.code !== 'cancelled');
    const rebuilt = buildReport(report.checklist, results, {
        started,
        finished: started + report.durationMs,
        cancelled: report.cancelled,
        allowEmpty,
        runUrl: report.runUrl,
        runProblems
    });
    return { ...rebuilt, ...(signoffs && signoffs.length > 0 ? { signoffs } : {}) };
}

;// CONCATENATED MODULE: ./src/gates/child-env.ts
/**
 * The environment a gate runs in. A JavaScript action's own environment carries more privilege
 * than a `run:` step (our token as INPUT_GITHUB-TOKEN, the runtime and OIDC tokens), and the
 * runner's command files would let a gate set env vars for later steps or overflow our summary.
 */

const REMOVED_EXACT = new Set([
    'GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL'
]);
const REMOVED_PREFIXES = ['INPUT_', 'ACTIONS_ID_TOKEN_REQUEST_'];
const RUNNER_COMMAND_FILES = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
/** Carried by every process a gate starts, so whatever it leaves running can be found and stopped (see leftovers.ts). */
const TRACKING_VARIABLE = 'GO_NO_GO_TRACKING_ID';
/** The throwaway file a gate sees as `name` (GITHUB_ENV → <dir>/github_env). */
function throwawayCommandFile(commandFilesDir, name) {
    return external_node_path_default().join(commandFilesDir, name.toLowerCase());
}
/**
 * The parent's environment without tokens, plus the item's own variables, plus what go-no-go
 * sets last so that neither the checklist nor the parent can override it: the private temporary
 * directory, throwaway command files, the tracking value and CI=true.
 */
function buildChildEnv(parent, itemEnv, place) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined || isPrivileged(name))
            continue;
        env[name] = value;
    }
    Object.assign(env, itemEnv);
    // Outside Actions there is no runner file to protect; a tool may read a set GITHUB_OUTPUT as "in Actions".
    for (const name of RUNNER_COMMAND_FILES)
        if (name in env)
            env[name] = throwawayCommandFile(place.commandFilesDir, name);
    // The runner's RUNNER_TEMP holds its command files (_runner_file_commands); a gate gets its own.
    for (const name of ['TMPDIR', 'TEMP', 'TMP', 'RUNNER_TEMP'])
        env[name] = place.tempDir;
    env[TRACKING_VARIABLE] = place.trackingId;
    env.CI = 'true';
    return env;
}
function isPrivileged(name) {
    // Variable names are case-sensitive on Linux, but a tool may look a name up case-insensitively.
    const upper = name.toUpperCase();
    return REMOVED_EXACT.has(upper) || REMOVED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

;// CONCATENATED MODULE: ./src/text/format.ts
/** Numbers and times in words, the same way on every surface. */
/** "1 warning", "3 warnings", "1,024 vulnerabilities". */
function plural(count, word, many = `${word}s`) {
    return `${count.toLocaleString('en-US')} ${count === 1 ? word : many}`;
}
/** Human durations: 0.4 s, 12 s, 1 m 3 s, 1 h 2 m. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 9_950)
        return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return seconds % 60 ? `${minutes} m ${seconds % 60} s` : `${minutes} m`;
    const hours = Math.floor(minutes / 60);
    return minutes % 60 ? `${hours} h ${minutes % 60} m` : `${hours} h`;
}

;// CONCATENATED MODULE: ./src/gates/evaluate.ts

/**
 * Judges one command gate. Rules apply in order and the first that decides wins:
 * 1. the process (cancelled, could not start, timed out, not found, not executable, killed);
 * 2. a problem the parser reported (compile error, registry unreachable, no report);
 * 3. the counts for the parser's kind against the item's thresholds.
 */
function evaluateGate(item, outcome, parsed) {
    const couldNotRun = judgeProcess(item, outcome);
    if (couldNotRun)
        return couldNotRun;
    if ('problem' in parsed && parsed.problem) {
        return { status: parsed.problem.status, summary: parsed.problem.status === 'fail' ? 'failed' : 'could not check', reason: parsed.problem.message };
    }
    switch (parsed.kind) {
        case 'tests':
            return judgeTests(parsed.counts, parsed.failingTests, item.expect, outcome, parsed.exitCause);
        case 'lint':
            return judgeLint(parsed.counts, item.expect, outcome);
        case 'format':
            return judgeFormat(parsed.counts?.files ?? null, outcome);
        case 'audit':
            return judgeAudit(parsed.counts, item.expect);
        case 'exit-code':
            return outcome.exitCode === 0
                ? { status: 'pass', summary: 'exit 0' }
                : { status: 'fail', summary: `exit ${outcome.exitCode}`, reason: `exited with code ${outcome.exitCode}` };
        default:
            return { status: 'error', summary: 'could not check', reason: 'the output was read by an unknown parser' };
    }
}
function judgeProcess(item, outcome) {
    const first = firstLine(outcome);
    if (outcome.cancelled)
        return { status: 'cancelled', summary: 'cancelled', reason: 'the run was cancelled before the gate finished' };
    if (outcome.spawnError)
        return { status: 'error', summary: 'could not start', reason: `could not start: ${outcome.spawnError}` };
    if (outcome.timedOut)
        return { status: 'error', summary: 'timed out', reason: `timed out after ${timeoutSeconds(item.timeoutMs)}s` };
    if (outcome.exitCode === 127)
        return { status: 'error', summary: 'not found', reason: `command not found${first ? `: ${first}` : ''}` };
    if (outcome.exitCode === 126)
        return { status: 'error', summary: 'not executable', reason: `command not executable${first ? `: ${first}` : ''}` };
    if (outcome.signal) {
        const hint = outcome.signal === 'SIGKILL' ? ' (out of memory?)' : '';
        return { status: 'error', summary: `killed by ${outcome.signal}`, reason: `killed by ${outcome.signal}${hint}` };
    }
    // A shell reports its child's death by signal N as exit 128+N.
    if (outcome.exitCode === 137 || outcome.exitCode === 143) {
        const signal = outcome.exitCode === 137 ? 'SIGKILL' : 'SIGTERM';
        return { status: 'error', summary: `killed by ${signal}`, reason: `exit ${outcome.exitCode}: killed by ${signal}${signal === 'SIGKILL' ? ' (out of memory?)' : ''}` };
    }
    if (outcome.exitCode === null)
        return { status: 'error', summary: 'no exit code', reason: 'the process ended without an exit code' };
    return undefined;
}
/**
 * `exitCause` is the runner's own reason for a non-zero exit (a coverage threshold, no test files,
 * a linter that ran first): with it, a failed run whose tests all passed, or that never reached its
 * tests, is a FAIL for that reason; without it, the outcome is unknown, so an ERROR.
 */
function judgeTests(counts, failingTests, expect, outcome, exitCause) {
    const failedBecause = outcome.exitCode !== 0 && exitCause ? exitCause : undefined;
    if (!counts) {
        if (failedBecause)
            return { status: 'fail', summary: 'failed', reason: `exited ${outcome.exitCode} before any test summary: ${failedBecause}` };
        return { status: 'error', summary: 'no summary', reason: `no test summary found in the output (exit ${outcome.exitCode})` };
    }
    const executed = counts.passed + counts.failed;
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    const summary = `${counts.passed}/${executed} passed${skipped}`;
    const minTests = expect.minTests ?? 1;
    if (executed < minTests) {
        const reason = executed === 0 ? 'no tests ran' : `only ${executed} tests ran, ${minTests} required`;
        return { status: 'fail', summary, reason: failedBecause ? `${reason}: ${failedBecause}` : reason };
    }
    const named = failingTests.length > 0 ? `: ${failingTests.slice(0, 5).join(', ')}${failingTests.length > 5 ? ', …' : ''}` : '';
    // max-failures alone is an explicit allowance; a default 100% pass rate would make it meaningless.
    const passRate = expect.passRate ?? (expect.maxFailures === undefined ? 100 : 0);
    // Compared as integers (passed·100 < rate·executed) so 2/3 against 66.67% is not decided by float noise.
    if (counts.passed * 100 < passRate * executed) {
        const below = expect.passRate === undefined ? `${counts.failed} failed` : `${counts.passed}/${executed} passed (${formatPercent((counts.passed / executed) * 100)}), below ${passRate}%`;
        return { status: 'fail', summary, reason: `${below}${named}` };
    }
    const maxFailures = expect.maxFailures ?? (expect.passRate === undefined ? 0 : Number.POSITIVE_INFINITY);
    if (counts.failed > maxFailures)
        return { status: 'fail', summary, reason: `${counts.failed} failed, at most ${maxFailures} allowed${named}` };
    if (outcome.exitCode !== 0 && counts.failed === 0) {
        if (failedBecause)
            return { status: 'fail', summary, reason: `exited ${outcome.exitCode} although all tests passed: ${failedBecause}` };
        return { status: 'error', summary, reason: `exited ${outcome.exitCode} although all tests passed` };
    }
    return { status: 'pass', summary: counts.failed > 0 ? `${summary} (${counts.failed} failure${counts.failed === 1 ? '' : 's'} allowed)` : summary };
}
function judgeLint(counts, expect, outcome) {
    if (!counts)
        return { status: 'error', summary: 'no report', reason: `no diagnostics could be read (exit ${outcome.exitCode})${firstLine(outcome) ? `: ${firstLine(outcome)}` : ''}` };
    const summary = [counts.errors > 0 ? plural(counts.errors, 'error') : '', plural(counts.warnings, 'warning')].filter(Boolean).join(', ');
    if (counts.errors > 0)
        return { status: 'fail', summary, reason: plural(counts.errors, 'error') };
    const maxWarnings = expect.maxWarnings ?? 0;
    if (counts.warnings > maxWarnings)
        return { status: 'fail', summary, reason: `${plural(counts.warnings, 'warning')}, at most ${maxWarnings} allowed` };
    if (outcome.exitCode !== 0)
        return { status: 'error', summary, reason: `exited ${outcome.exitCode} without an error diagnostic` };
    return { status: 'pass', summary: counts.warnings === 0 ? 'no warnings' : `${summary} (≤ ${maxWarnings} allowed)` };
}
function judgeFormat(files, outcome) {
    if (files && files.length > 0) {
        const summary = files.length === 1 ? '1 file needs formatting' : `${files.length} files need formatting`;
        return { status: 'fail', summary, reason: `needs formatting: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}` };
    }
    if (outcome.exitCode !== 0)
        return { status: 'error', summary: 'could not check', reason: `exited ${outcome.exitCode} without listing a file` };
    return { status: 'pass', summary: 'formatted' };
}
const SEVERITY_ORDER = ['critical', 'high', 'moderate', 'medium', 'low', 'info', 'unknown', 'none'];
function judgeAudit(counts, expect) {
    if (!counts)
        return { status: 'error', summary: 'no report', reason: 'no audit report could be read' };
    const allowed = new Set((expect.allowedSeverities ?? []).flatMap((severity) => (severity === 'moderate' || severity === 'medium' ? ['moderate', 'medium'] : [severity])));
    const entries = Object.entries(counts.bySeverity).filter(([, count]) => count > 0);
    const rank = (severity) => (SEVERITY_ORDER.includes(severity) ? SEVERITY_ORDER.indexOf(severity) : SEVERITY_ORDER.length);
    entries.sort(([a], [b]) => rank(a) - rank(b));
    const counted = entries.filter(([severity]) => !allowed.has(severity)).reduce((sum, [, count]) => sum + count, 0);
    const total = entries.reduce((sum, [, count]) => sum + count, 0);
    const breakdown = entries.map(([severity, count]) => `${count} ${severity}`).join(', ');
    const summary = total === 0 ? 'no vulnerabilities' : `${plural(total, 'vulnerability', 'vulnerabilities')} (${breakdown})`;
    const maxVulnerabilities = expect.maxVulnerabilities ?? 0;
    if (counted > maxVulnerabilities)
        return { status: 'fail', summary, reason: `${summary}; at most ${maxVulnerabilities} allowed${allowed.size ? ` outside ${[...allowed].join('/')}` : ''}` };
    const maxWarnings = expect.maxWarnings ?? Number.POSITIVE_INFINITY;
    if (counts.warnings > maxWarnings)
        return {
            status: 'fail',
            summary: `${summary}, ${plural(counts.warnings, 'warning')}`,
            reason: `${plural(counts.warnings, 'advisory warning')}, at most ${maxWarnings} allowed`
        };
    return { status: 'pass', summary: counts.warnings > 0 ? `${summary}, ${plural(counts.warnings, 'warning')}` : summary };
}
function firstLine(outcome) {
    return outcome.output.head
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim()
        .slice(0, 200);
}
function timeoutSeconds(ms) {
    return String(Math.round(ms / 100) / 10);
}
function formatPercent(value) {
    return `${Math.floor(value * 10) / 10}%`;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/gates/leftovers.ts
/**
 * Finding and stopping what a gate left running. Killing the gate's process group is not enough:
 * `setsid -f`, a double fork or `nohup … &` in a subshell all leave the group, and such a daemon
 * could write to the runner's files after go-no-go restored them. Like the runner's own
 * RUNNER_TRACKING_ID, every gate process carries a tracking value; it also inherits a marker
 * descriptor, which survives a re-exec with a cleared environment (`env -i`). A process counts as
 * the gate's only on that evidence, or when its parent is one of the gate's: nothing else is
 * ever signalled.
 *
 * Linux only: it reads /proc. Elsewhere nothing is found and the process group kill remains.
 */

/** Freezing rounds before giving up on a process that forks faster than it can be stopped. */
const MAX_FREEZE_ROUNDS = 64;
const POLL_MS = 10;
const DEFAULT_WAIT_MS = 3_000;
/**
 * Stops every live process that carries the gate's marks, and every descendant of one. They are
 * frozen with SIGSTOP first (a stopped process cannot fork) until a scan finds nothing new, then
 * killed together with SIGKILL, then waited for.
 */
async function stopLeftovers(marks, options = {}) {
    const procRoot = options.procRoot ?? '/proc';
    const exclude = new Set([0, 1, process.pid, ...(options.exclude ?? [])]);
    const frozen = new Map();
    for (let round = 0; round < MAX_FREEZE_ROUNDS; round++) {
        const fresh = findGateProcesses(procRoot, marks, exclude, frozen).filter((entry) => !frozen.has(entry.pid));
        if (fresh.length === 0)
            break;
        for (const entry of fresh) {
            if (signalIfSame(procRoot, entry, 'SIGSTOP'))
                frozen.set(entry.pid, entry);
            else if (readEntry(procRoot, entry.pid)?.startTime === entry.startTime)
                frozen.set(entry.pid, entry);
        }
    }
    // Nothing found and no time passed since: another scan would only cost as much again.
    if (frozen.size === 0)
        return { stopped: [], survivors: [] };
    for (const entry of frozen.values())
        signalIfSame(procRoot, entry, 'SIGKILL');
    await waitUntilGone(procRoot, [...frozen.values()], options.waitMs ?? DEFAULT_WAIT_MS);
    const alive = (entry) => isAlive(readEntry(procRoot, entry.pid), entry);
    const remaining = [...frozen.values()].filter(alive);
    // Anything new now escaped the freeze (a fork bomb faster than the rounds): it is not stopped either.
    const late = findGateProcesses(procRoot, marks, exclude, new Map()).filter((entry) => !frozen.has(entry.pid));
    const survivors = [...remaining, ...late].map(leftovers_describe);
    const stopped = [...frozen.values()].filter((entry) => !remaining.includes(entry)).map(leftovers_describe);
    return { stopped, survivors };
}
/** "killed 2 processes left running: sleep (pid 41), sh (pid 40)" and the like, for the gate's result. */
function describeLeftovers(report) {
    const notes = [];
    if (report.stopped.length > 0)
        notes.push(`killed ${countProcesses(report.stopped.length)} left running: ${nameProcesses(report.stopped)}`);
    if (report.survivors.length > 0)
        notes.push(`could not stop ${countProcesses(report.survivors.length)} left running: ${nameProcesses(report.survivors)}`);
    return notes;
}
function countProcesses(count) {
    return count === 1 ? '1 process' : `${count} processes`;
}
function nameProcesses(processes) {
    const shown = processes.slice(0, 5).map((entry) => `${entry.name} (pid ${entry.pid})`);
    return `${shown.join(', ')}${processes.length > 5 ? `, and ${processes.length - 5} more` : ''}`;
}
function leftovers_describe(entry) {
    return { pid: entry.pid, name: entry.name };
}
/** One pass over /proc: the processes with a mark, then their descendants (by parent pid). */
function findGateProcesses(procRoot, marks, exclude, known) {
    const entries = readProcessTable(procRoot);
    const byPid = new Map(entries.map((entry) => [entry.pid, entry]));
    const found = new Map();
    for (const entry of entries) {
        if (exclude.has(entry.pid) || entry.state === 'Z' || entry.state === 'X')
            continue;
        if (carriesVariable(procRoot, entry.pid, marks) || holdsMarker(procRoot, entry.pid, marks))
            found.set(entry.pid, entry);
    }
    // A child of one of the gate's processes was started by it; this catches `env -i` children of a live parent.
    const isGate = (pid) => found.has(pid) || isAlive(byPid.get(pid), known.get(pid));
    let grew = true;
    while (grew) {
        grew = false;
        for (const entry of entries) {
            if (found.has(entry.pid) || exclude.has(entry.pid) || entry.state === 'Z' || entry.state === 'X')
                continue;
            if (isGate(entry.ppid)) {
                found.set(entry.pid, entry);
                grew = true;
            }
        }
    }
    return [...found.values()];
}
function readProcessTable(procRoot) {
    let names;
    try {
        names = (0,external_node_fs_namespaceObject.readdirSync)(procRoot);
    }
    catch {
        return [];
    }
    const entries = [];
    for (const name of names) {
        if (!/^[0-9]+$/.test(name))
            continue;
        const entry = readEntry(procRoot, Number(name));
        if (entry)
            entries.push(entry);
    }
    return entries;
}
/** Parses /proc/<pid>/stat. The name is in parentheses and may itself contain ") ", so the last one ends it. */
function readEntry(procRoot, pid) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(`${procRoot}/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined;
    }
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open === -1 || close < open)
        return undefined;
    const fields = text.slice(close + 2).split(' ');
    // After the name: state (field 3), ppid (4), …, starttime (22).
    if (fields.length < 20)
        return undefined;
    return { pid, name: text.slice(open + 1, close), state: fields[0], ppid: Number(fields[1]), startTime: fields[19] };
}
function isAlive(current, original) {
    return current !== undefined && original !== undefined && current.startTime === original.startTime && current.state !== 'Z' && current.state !== 'X';
}
function carriesVariable(procRoot, pid, marks) {
    let environ;
    try {
        environ = (0,external_node_fs_namespaceObject.readFileSync)(`${procRoot}/${pid}/environ`);
    }
    catch {
        return false;
    }
    const needle = Buffer.from(`${marks.variable}=${marks.value}`);
    for (let at = environ.indexOf(needle); at !== -1; at = environ.indexOf(needle, at + 1)) {
        const starts = at === 0 || environ[at - 1] === 0;
        const ends = at + needle.length === environ.length || environ[at + needle.length] === 0;
        if (starts && ends)
            return true;
    }
    return false;
}
function holdsMarker(procRoot, pid, marks) {
    const marker = marks.marker;
    if (!marker)
        return false;
    let fds;
    try {
        fds = (0,external_node_fs_namespaceObject.readdirSync)(`${procRoot}/${pid}/fd`);
    }
    catch {
        return false;
    }
    for (const fd of fds) {
        const link = `${procRoot}/${pid}/fd/${fd}`;
        try {
            // The marker is an unlinked file; sockets, pipes and devices are passed over without a stat.
            if (!(0,external_node_fs_namespaceObject.readlinkSync)(link).endsWith(' (deleted)'))
                continue;
            const info = (0,external_node_fs_namespaceObject.statSync)(link);
            if (info.dev === marker.dev && info.ino === marker.ino)
                return true;
        }
        catch {
            // The descriptor was closed meanwhile, or the process is gone.
        }
    }
    return false;
}
/** Signals `entry` only if its pid still names the same process (pids are reused). */
function signalIfSame(procRoot, entry, signal) {
    if (readEntry(procRoot, entry.pid)?.startTime !== entry.startTime)
        return false;
    try {
        process.kill(entry.pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
async function waitUntilGone(procRoot, entries, waitMs) {
    const deadline = Date.now() + waitMs;
    let waiting = entries;
    while (waiting.length > 0 && Date.now() < deadline) {
        waiting = waiting.filter((entry) => isAlive(readEntry(procRoot, entry.pid), entry));
        if (waiting.length > 0)
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
}

;// CONCATENATED MODULE: ./src/gates/isolation.ts
/**
 * What one gate gets to itself and what is taken back when it ends: a private temporary directory
 * (never the runner's RUNNER_TEMP, where its command files live), throwaway runner command files,
 * and the marks that let every process it started be found and stopped (see leftovers.ts).
 */







/**
 * Creates the gate's private directory under `parent` (the system temporary directory by
 * default), with `tmp/` for TMPDIR and `runner-files/` for the throwaway command files, created
 * empty as the runner creates its own.
 */
function openIsolation(parent = external_node_os_default().tmpdir()) {
    const root = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(parent, 'go-no-go-gate-'));
    const place = {
        tempDir: external_node_path_default().join(root, 'tmp'),
        commandFilesDir: external_node_path_default().join(root, 'runner-files'),
        trackingId: (0,external_node_crypto_namespaceObject.randomBytes)(16).toString('hex')
    };
    (0,external_node_fs_namespaceObject.mkdirSync)(place.tempDir, { mode: 0o700 });
    (0,external_node_fs_namespaceObject.mkdirSync)(place.commandFilesDir, { mode: 0o700 });
    for (const name of RUNNER_COMMAND_FILES)
        (0,external_node_fs_namespaceObject.writeFileSync)(throwawayCommandFile(place.commandFilesDir, name), '');
    // Unlinked at once: no other process can open it by name, so only the gate's can hold it.
    const markerPath = external_node_path_default().join(root, 'marker');
    const markerFd = (0,external_node_fs_namespaceObject.openSync)(markerPath, 'wx', 0o600);
    (0,external_node_fs_namespaceObject.unlinkSync)(markerPath);
    const { dev, ino } = (0,external_node_fs_namespaceObject.fstatSync)(markerFd);
    const marks = { variable: TRACKING_VARIABLE, value: place.trackingId, marker: { dev, ino } };
    let leftovers;
    let closed;
    const stop = () => (leftovers ??= stopLeftovers(marks));
    return {
        place,
        markerFd,
        stopLeftovers: stop,
        close: () => (closed ??= (async () => {
            const report = await stop();
            (0,external_node_fs_namespaceObject.closeSync)(markerFd);
            const removeError = await removeTree(root);
            return { ...report, notes: [...describeLeftovers(report), ...(removeError ? [`its temporary directory could not be removed: ${removeError}`] : [])] };
        })())
    };
}
/**
 * `rm -rf` that a gate cannot defeat with `chmod 000` on a directory it made. Symbolic links are
 * removed, never followed. Returns why it failed, if it did.
 */
async function removeTree(root) {
    try {
        await (0,promises_namespaceObject.rm)(root, { recursive: true, force: true });
        return undefined;
    }
    catch {
        makeWritable(root);
    }
    try {
        await (0,promises_namespaceObject.rm)(root, { recursive: true, force: true });
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
}
function makeWritable(directory) {
    try {
        if (!(0,external_node_fs_namespaceObject.lstatSync)(directory).isDirectory())
            return;
        (0,external_node_fs_namespaceObject.chmodSync)(directory, 0o700);
        for (const name of (0,external_node_fs_namespaceObject.readdirSync)(directory))
            makeWritable(external_node_path_default().join(directory, name));
    }
    catch {
        // Whatever cannot be fixed here is reported by the second attempt.
    }
}

;// CONCATENATED MODULE: ./src/gates/parsers/bounded.ts
/** Parsers keep counts exactly but lists only up to a bound, so memory stays flat on huge output. */
const MAX_LISTED = 200;
class BoundedList {
    items = [];
    omitted = 0;
    push(item) {
        if (this.items.length < MAX_LISTED)
            this.items.push(item);
        else
            this.omitted++;
    }
    includes(item) {
        return this.items.includes(item);
    }
}

;// CONCATENATED MODULE: ./src/gates/parsers/audit-report.ts

class AuditTally {
    counts = { bySeverity: {}, warnings: 0 };
    findings = new BoundedList();
    /** Counts `count` vulnerabilities of a severity (lower-cased; `unknown` when none was given). */
    addVulnerabilities(severity, count = 1, finding) {
        if (count <= 0)
            return;
        const name = severity.toLowerCase() || 'unknown';
        this.counts.bySeverity[name] = (this.counts.bySeverity[name] ?? 0) + count;
        if (finding)
            this.findings.push(finding);
    }
    addWarning(finding) {
        this.counts.warnings++;
        this.findings.push(finding);
    }
    get vulnerabilities() {
        return Object.values(this.counts.bySeverity).reduce((sum, count) => sum + count, 0);
    }
    toParsed() {
        return { kind: 'audit', counts: this.counts, findings: this.findings.items };
    }
}
/** The audit could not be read or did not happen: an error, with no counts that could look clean. */
function auditProblem(message) {
    return { kind: 'audit', counts: null, findings: [], problem: { status: 'error', message } };
}
/** `name version: text`, with the gaps of missing parts closed. */
function packageLabel(name, version, text) {
    return `${name ?? '?'} ${version ?? ''}: ${text}`.replace(/ {2,}/g, ' ');
}

;// CONCATENATED MODULE: ./src/gates/parsers/cargo-command.ts
/** cargo's global options that take a separate value (`cargo --color never test`). */
const CARGO_VALUE_OPTIONS = new Set(['--color', '--config', '-Z', '-C', '--manifest-path']);
const ALIASES = { t: 'test' };
function cargoSubcommand(invocation) {
    if (invocation.program !== 'cargo')
        return undefined;
    const args = invocation.args;
    for (let i = 0; i < args.length; i++) {
        if (args[i].startsWith('+'))
            continue;
        if (CARGO_VALUE_OPTIONS.has(args[i])) {
            i++;
            continue;
        }
        if (args[i].startsWith('-'))
            continue;
        return ALIASES[args[i]] ?? args[i];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/parsers/collect-json.ts
/** Audit reports are one JSON document: collected whole, up to a cap, since floods are not reports. */
class JsonCollector {
    maxChars;
    parts = [];
    size = 0;
    overflowed = false;
    constructor(maxChars = 8 * 1024 * 1024) {
        this.maxChars = maxChars;
    }
    add(line) {
        if (this.overflowed)
            return;
        this.size += line.length + 1;
        if (this.size > this.maxChars) {
            this.overflowed = true;
            this.parts.length = 0;
            return;
        }
        this.parts.push(line);
    }
    /**
     * The JSON object in the output. Tools print progress to stderr before it (merged into the same
     * stream), so parsing starts at the first line that opens an object and ends at the last `}`.
     */
    parse() {
        const start = this.parts.findIndex((line) => line.trimStart().startsWith('{'));
        if (start === -1)
            return undefined;
        const text = this.parts.slice(start).join('\n');
        const end = text.lastIndexOf('}');
        if (end === -1)
            return undefined;
        try {
            return JSON.parse(text.slice(0, end + 1));
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/gates/parsers/cvss.ts
/**
 * Severity of a RustSec advisory. cargo audit's JSON carries a CVSS vector, not a score, so the
 * CVSS 3.x base score is computed here with the specification's formula (FIRST, CVSS v3.1 §7).
 * Anything that cannot be scored is `unknown`, which no default allows: fail closed.
 */
/** The usual bands: ≥9 critical, ≥7 high, ≥4 medium, >0 low. */
function severityFromScore(score) {
    if (score === undefined || !Number.isFinite(score) || score < 0 || score > 10)
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'none';
}
const WEIGHTS = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    CIA: { H: 0.56, L: 0.22, N: 0 }
};
/** CVSS 3.0/3.1 base score from a vector such as `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H`; undefined when it is not one. */
function cvss3BaseScore(vector) {
    const parts = vector.split('/');
    if (parts[0] !== 'CVSS:3.0' && parts[0] !== 'CVSS:3.1')
        return undefined;
    const metrics = new Map();
    for (const part of parts.slice(1)) {
        const [name, value] = part.split(':');
        if (name && value)
            metrics.set(name, value);
    }
    const pick = (table, name) => {
        const value = metrics.get(name);
        return value !== undefined && value in table ? table[value] : undefined;
    };
    const scope = metrics.get('S');
    if (scope !== 'U' && scope !== 'C')
        return undefined;
    const changed = scope === 'C';
    const av = pick(WEIGHTS.AV, 'AV');
    const ac = pick(WEIGHTS.AC, 'AC');
    const ui = pick(WEIGHTS.UI, 'UI');
    const pr = pick(changed ? { N: 0.85, L: 0.68, H: 0.5 } : { N: 0.85, L: 0.62, H: 0.27 }, 'PR');
    const c = pick(WEIGHTS.CIA, 'C');
    const i = pick(WEIGHTS.CIA, 'I');
    const a = pick(WEIGHTS.CIA, 'A');
    if ([av, ac, ui, pr, c, i, a].some((weight) => weight === undefined))
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
    if (impact <= 0)
        return 0;
    const exploitability = 8.22 * av * ac * pr * ui;
    return roundUp(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10));
}
/** CVSS 3.1 Roundup: the smallest one-decimal number ≥ the input, free of floating-point noise. */
function roundUp(value) {
    const scaled = Math.round(value * 100_000);
    return scaled % 10_000 === 0 ? scaled / 100_000 : (Math.floor(scaled / 10_000) + 1) / 10;
}
/** A cvss field as cargo audit or a hand-made report gives it: vector, number, or numeric text. */
function severityFromCvss(cvss) {
    if (typeof cvss === 'number')
        return severityFromScore(cvss);
    if (typeof cvss !== 'string' || cvss.trim() === '')
        return 'unknown';
    const number = Number(cvss);
    if (!Number.isNaN(number))
        return severityFromScore(number);
    return severityFromScore(cvss3BaseScore(cvss.trim()));
}

;// CONCATENATED MODULE: ./src/gates/parsers/cargo-audit.ts




const TEXT_FIELD = /^(Crate|Version|Title|ID|Severity|Warning):\s+(.*)$/;
// cargo audit's closing lines: "error: 2 vulnerabilities found!", "warning: 1 allowed warning found",
// "error: 1 denied warning found!". They summarise the report; they are not failures to run.
const TEXT_VERDICT = /^(?:error|warning): (\d+) (vulnerabilit(?:y|ies)|(?:allowed |denied )?warnings?) found!?$/;
const TEXT_SCANNING = /^\s*Scanning \S+ for vulnerabilities/;
function createCargoAuditParser() {
    const json = new JsonCollector();
    const text = new AuditTally();
    let statedVulnerabilities;
    let scanned = false;
    let firstError;
    let block;
    const flush = () => {
        if (!block)
            return;
        const current = block;
        block = undefined;
        if (current.warning) {
            text.addWarning({
                level: 'warning',
                message: packageLabel(current.crate, current.version, `${current.warning}${current.title ? ` — ${current.title}` : ''}`),
                ...(current.id ? { code: current.id } : {})
            });
            return;
        }
        if (!current.id)
            return;
        const severity = current.severity ?? 'unknown';
        text.addVulnerabilities(severity, 1, {
            level: 'error',
            message: packageLabel(current.crate, current.version, `${current.title ?? current.id} (${severity})`),
            code: current.id
        });
    };
    return {
        name: 'cargo-audit',
        onLine(line) {
            json.add(line);
            if (TEXT_SCANNING.test(line)) {
                scanned = true;
                return;
            }
            const field = TEXT_FIELD.exec(line);
            if (field) {
                const [, key, value] = field;
                if (key === 'Crate') {
                    flush();
                    block = { crate: value.trim() };
                }
                else if (block) {
                    if (key === 'Version')
                        block.version = value.trim();
                    else if (key === 'Title')
                        block.title = value.trim();
                    else if (key === 'ID')
                        block.id = value.trim();
                    else if (key === 'Severity')
                        block.severity = textSeverity(value);
                    else if (key === 'Warning')
                        block.warning = value.trim().toLowerCase();
                }
                return;
            }
            const verdict = TEXT_VERDICT.exec(line);
            if (verdict) {
                flush();
                if (verdict[2].startsWith('vulnerabilit'))
                    statedVulnerabilities = Number(verdict[1]);
                return;
            }
            const error = /^error: (.+)$/.exec(line);
            if (error)
                firstError ??= error[1];
        },
        finish(process) {
            flush();
            const report = json.parse();
            if (report && typeof report === 'object' && report.vulnerabilities && typeof report.vulnerabilities === 'object')
                return fromJson(report);
            if (firstError)
                return auditProblem(`cargo audit could not run: ${firstError}`);
            if (scanned) {
                // The closing line states the total; blocks we could not read still count, as `unknown`.
                const read = text.vulnerabilities;
                const missing = (statedVulnerabilities ?? 0) - read;
                text.addVulnerabilities('unknown', missing);
                if (process.exitCode === 0 || read > 0 || missing > 0 || text.counts.warnings > 0)
                    return text.toParsed();
            }
            return auditProblem(`no audit report in the output (exit ${process.exitCode ?? process.signal})`);
        }
    };
}
const cargoAudit = {
    name: 'cargo-audit',
    detect: (invocation) => invocation.program === 'cargo-audit' || cargoSubcommand(invocation) === 'audit',
    create: createCargoAuditParser
};
/** Text reports say "7.5 (high)", "high" or "7.5". */
function textSeverity(value) {
    const named = /\(([a-z]+)\)/i.exec(value)?.[1];
    if (named)
        return named.toLowerCase();
    const word = value.trim().split(/\s/)[0];
    const score = Number(word);
    return word !== '' && !Number.isNaN(score) ? severityFromScore(score) : word.toLowerCase() || 'unknown';
}
function fromJson(report) {
    const tally = new AuditTally();
    const list = Array.isArray(report.vulnerabilities?.list) ? report.vulnerabilities.list : [];
    for (const entry of list) {
        const advisory = entry?.advisory ?? {};
        const severity = typeof advisory.severity === 'string' ? advisory.severity.toLowerCase() : severityFromCvss(advisory.cvss);
        tally.addVulnerabilities(severity, 1, {
            level: 'error',
            message: packageLabel(entry?.package?.name, entry?.package?.version, `${advisory.title ?? advisory.id ?? 'vulnerability'} (${severity})`),
            ...(typeof advisory.id === 'string' ? { code: advisory.id } : {})
        });
    }
    // A count above the list (a trimmed report) still counts, with no severity to allow it by.
    const stated = report.vulnerabilities?.count;
    if (typeof stated === 'number' && stated > list.length)
        tally.addVulnerabilities('unknown', stated - list.length);
    for (const [kind, warnings] of Object.entries(report.warnings ?? {})) {
        if (!Array.isArray(warnings))
            continue;
        for (const warning of warnings) {
            const title = warning?.advisory?.title;
            tally.addWarning({
                level: 'warning',
                message: packageLabel(warning?.package?.name, warning?.package?.version, `${kind}${title ? ` — ${title}` : ''}`),
                ...(warning?.advisory?.id ? { code: warning.advisory.id } : {})
            });
        }
    }
    return tally.toParsed();
}

;// CONCATENATED MODULE: ./src/gates/parsers/rustc-diagnostics.ts
const HUMAN_HEADER = /^(warning|error)(?:\[([A-Za-z0-9_:]+)\])?: (.+)$/;
const HUMAN_LOCATION = /^\s*--> ([^:\s][^:]*):(\d+):(\d+)/;
// `src/lib.rs:2:5: warning: unneeded \`return\` statement` (`--message-format=short`).
const SHORT = /^([^:\s][^:]*):(\d+):(\d+): (warning|error)(?:\[([A-Za-z0-9_:]+)\])?: (.+)$/;
const LINT_NOTE = /`#\[(?:warn|deny|forbid)\(([a-z0-9_:]+)\)\]`|`-D ([a-z0-9_:-]+)`/;
const LINT_URL = /index\.html#([a-z0-9_]+)/;
/** cargo's closing lines, which look like diagnostics but summarise them. */
const CARGO_SUMMARY = /^(?:could not compile|aborting due to|build failed|\d+ (?:warnings?|errors?) emitted|`[^`]+` \([^)]*\) generated)/;
/**
 * Reads diagnostics from a stream of lines. Feed every line; `onLine` returns a diagnostic when one
 * is complete. A later `= note:` naming the lint fills in the code of the last one.
 */
class RustcDiagnosticReader {
    pending;
    last;
    /** First `error:` that never got a location: cargo's own reason for stopping ("no such command"). */
    firstUnplacedError;
    /** The JSON stream or cargo's progress lines show that cargo built something. */
    sawBuild = false;
    onLine(line) {
        if (line.startsWith('{'))
            return this.readJson(line);
        if (/^\s+(?:Checking|Compiling|Finished|Fresh|Documenting)\s/.test(line))
            this.sawBuild = true;
        const short = SHORT.exec(line);
        if (short) {
            this.pending = undefined;
            return this.complete({
                level: short[4],
                message: short[6],
                file: short[1],
                line: Number(short[2]),
                column: Number(short[3]),
                ...(short[5] ? { code: short[5] } : {})
            });
        }
        const header = HUMAN_HEADER.exec(line);
        if (header) {
            if (CARGO_SUMMARY.test(header[3])) {
                this.pending = undefined;
                return undefined;
            }
            if (header[1] === 'error')
                this.firstUnplacedError ??= header[3];
            this.pending = { level: header[1], message: header[3], ...(header[2] ? { code: header[2] } : {}) };
            return undefined;
        }
        const location = this.pending ? HUMAN_LOCATION.exec(line) : null;
        if (location && this.pending) {
            const pending = this.pending;
            this.pending = undefined;
            if (pending.level === 'error' && this.firstUnplacedError === pending.message)
                this.firstUnplacedError = undefined;
            return this.complete({ ...pending, file: location[1], line: Number(location[2]), column: Number(location[3]) });
        }
        this.readLintNote(line);
        return undefined;
    }
    /** Forgets a half-read diagnostic, e.g. when the stream moves on to something else. */
    reset() {
        this.pending = undefined;
        this.last = undefined;
    }
    complete(diagnostic) {
        this.last = diagnostic;
        return diagnostic;
    }
    readLintNote(line) {
        const last = this.last;
        if (!last || last.code || !line.trimStart().startsWith('='))
            return;
        const note = LINT_NOTE.exec(line);
        if (note) {
            last.code = (note[1] ?? note[2]).replace(/-/g, '_');
            return;
        }
        const url = LINT_URL.exec(line);
        if (url)
            last.code = `clippy::${url[1]}`;
    }
    readJson(line) {
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            return undefined;
        }
        if (parsed.reason === 'build-finished' || parsed.reason === 'compiler-artifact')
            this.sawBuild = true;
        if (parsed.reason !== 'compiler-message' || !parsed.message)
            return undefined;
        const level = parsed.message.level;
        if (level !== 'warning' && level !== 'error')
            return undefined;
        const primary = parsed.message.spans?.find((span) => span.is_primary);
        if (!primary || typeof primary.file_name !== 'string') {
            if (level === 'error' && typeof parsed.message.message === 'string' && !CARGO_SUMMARY.test(parsed.message.message))
                this.firstUnplacedError ??= parsed.message.message;
            return undefined;
        }
        return this.complete({
            level,
            message: String(parsed.message.message ?? ''),
            file: primary.file_name,
            line: Number(primary.line_start ?? 0),
            column: Number(primary.column_start ?? 0),
            ...(parsed.message.code?.code ? { code: parsed.message.code.code } : {})
        });
    }
}
/** The same diagnostic reported again (by `--all-targets`, once per target) has the same identity. */
function diagnosticIdentity(diagnostic) {
    return `${diagnostic.level}|${diagnostic.file}|${diagnostic.line}|${diagnostic.column}|${diagnostic.message}`;
}
/**
 * cargo's totals per target: `warning: \`x\` (lib) generated 3 warnings (1 duplicate)` and
 * `error: could not compile \`x\` (lib) due to 2 previous errors; 1 warning emitted`. Duplicates are
 * the same diagnostic shown for another target, so they are not new.
 */
function readCargoTotals(line) {
    const generated = /^warning: `[^`]+` \([^)]*\) generated (\d+) warnings?(?: \((\d+) duplicates?\))?/.exec(line);
    if (generated)
        return { warnings: Number(generated[1]) - Number(generated[2] ?? 0), errors: 0 };
    const failed = /^error: could not compile `[^`]+`(?: \([^)]*\))? due to (\d+) previous errors?(?:; (\d+) warnings? emitted)?/.exec(line);
    if (failed)
        return { warnings: Number(failed[2] ?? 0), errors: Number(failed[1]) };
    return undefined;
}

;// CONCATENATED MODULE: ./src/gates/parsers/cargo-clippy.ts



/** Diagnostics remembered for de-duplication; past this, memory matters more than a double count. */
const MAX_REMEMBERED = 10_000;
function createCargoClippyParser() {
    const counts = { warnings: 0, errors: 0 };
    const stated = { warnings: 0, errors: 0 };
    let sawTotals = false;
    const reader = new RustcDiagnosticReader();
    const findings = new BoundedList();
    const seen = new Set();
    return {
        name: 'cargo-clippy',
        onLine(line) {
            const totals = readCargoTotals(line);
            if (totals) {
                sawTotals = true;
                stated.warnings += totals.warnings;
                // One failing target's count already covers the same errors in its test target.
                stated.errors = Math.max(stated.errors, totals.errors);
                return;
            }
            const diagnostic = reader.onLine(line);
            if (!diagnostic)
                return;
            // With --all-targets each target reports the same diagnostic; cargo folds them only in human output.
            const identity = diagnosticIdentity(diagnostic);
            if (seen.has(identity))
                return;
            if (seen.size < MAX_REMEMBERED)
                seen.add(identity);
            if (diagnostic.level === 'error')
                counts.errors++;
            else
                counts.warnings++;
            // The diagnostic itself, not a copy: a lint's name arrives in a note after its location.
            findings.push(diagnostic);
        },
        finish(process) {
            const read = { warnings: counts.warnings, errors: counts.errors };
            const total = { warnings: Math.max(read.warnings, stated.warnings), errors: Math.max(read.errors, stated.errors) };
            const sawDiagnostics = read.warnings + read.errors > 0 || sawTotals;
            if (process.exitCode === 0 && !sawDiagnostics && !reader.sawBuild) {
                return {
                    kind: 'lint',
                    counts: null,
                    findings: [],
                    problem: { status: 'error', message: 'clippy printed no diagnostics and no cargo progress, so nothing shows it checked the code (drop -q/--quiet)' }
                };
            }
            if (process.exitCode !== 0 && total.warnings + total.errors === 0) {
                const first = reader.firstUnplacedError;
                return {
                    kind: 'lint',
                    counts: null,
                    findings: findings.items,
                    problem: { status: 'error', message: first ? `clippy could not run: ${first}` : `clippy exited ${process.exitCode ?? process.signal} without reporting a diagnostic` }
                };
            }
            return { kind: 'lint', counts: total, findings: findings.items };
        }
    };
}
const cargoClippy = {
    name: 'cargo-clippy',
    detect: (invocation) => invocation.program === 'cargo-clippy' || cargoSubcommand(invocation) === 'clippy',
    create: createCargoClippyParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/cargo-fmt.ts



/**
 * Current rustfmt: `Diff in /abs/src/lib.rs:12:`; older releases: `Diff in /abs/src/lib.rs at line 12:`.
 * Read from the end with plain string search: a path may contain anything, even ':' or ' at line '.
 */
function readDiffHeader(line) {
    if (!line.startsWith('Diff in ') || !line.endsWith(':'))
        return undefined;
    const body = line.slice('Diff in '.length, -1);
    const at = body.lastIndexOf(' at line ');
    const split = at !== -1
        ? { file: body.slice(0, at), number: body.slice(at + ' at line '.length) }
        : { file: body.slice(0, body.lastIndexOf(':')), number: body.slice(body.lastIndexOf(':') + 1) };
    if (split.file === '' || !/^\d+$/.test(split.number))
        return undefined;
    return { file: split.file, line: Number(split.number) };
}
function createCargoFmtParser() {
    const files = new BoundedList();
    const findings = new BoundedList();
    const diagnostics = new RustcDiagnosticReader();
    let firstError;
    let diffs = 0;
    return {
        name: 'cargo-fmt',
        onLine(line) {
            const diff = readDiffHeader(line);
            if (diff) {
                diffs++;
                if (!files.includes(diff.file))
                    files.push(diff.file);
                findings.push({ level: 'warning', message: 'needs formatting (cargo fmt)', file: diff.file, line: diff.line, code: 'rustfmt' });
                return;
            }
            // rustfmt reports code it cannot parse as a rustc-style error.
            const diagnostic = diagnostics.onLine(line);
            if (diagnostic?.level === 'error')
                firstError ??= `${diagnostic.message} --> ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
        },
        finish(process) {
            firstError ??= diagnostics.firstUnplacedError;
            if (diffs === 0 && (process.exitCode !== 0 || firstError !== undefined)) {
                return {
                    kind: 'format',
                    counts: null,
                    findings: findings.items,
                    problem: {
                        status: 'error',
                        message: firstError ? `rustfmt could not check: ${firstError}` : `exited ${process.exitCode ?? process.signal} without listing a file to format`
                    }
                };
            }
            return { kind: 'format', counts: { files: files.items }, findings: findings.items };
        }
    };
}
const cargoFmt = {
    name: 'cargo-fmt',
    detect: (invocation) => invocation.program === 'rustfmt' || invocation.program === 'cargo-fmt' || cargoSubcommand(invocation) === 'fmt',
    create: createCargoFmtParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/test-tally.ts

const MAX_REASON = 200;
class TestTally {
    counts = null;
    failing = new BoundedList();
    findings = new BoundedList();
    /** Suites that never ran ("Test suite failed to run", a file that failed to load), with why. */
    brokenSuites = [];
    /** The runner's own words for a non-zero exit that no failing test explains. */
    exitCause;
    /** Why the run cannot be trusted to be whole: an error, whatever the counts say. */
    incomplete;
    add(passed, failed, skipped) {
        this.counts ??= { passed: 0, failed: 0, skipped: 0 };
        this.counts.passed += passed;
        this.counts.failed += failed;
        this.counts.skipped += skipped;
    }
    addCounts(counts) {
        this.add(counts.passed, counts.failed, counts.skipped);
    }
    /** Records a failing test once; returns whether it was new. */
    addFailing(name) {
        const clean = name.trim();
        if (!clean || this.failing.includes(clean))
            return false;
        this.failing.push(clean);
        return true;
    }
    addLocation(name, file, line, column, message) {
        if (this.findings.items.some((finding) => finding.code === name))
            return;
        this.findings.push({
            level: 'error',
            message: message ? `${name}: ${message}`.slice(0, 300) : `test failed: ${name}`,
            file,
            line,
            ...(column !== undefined ? { column } : {}),
            code: name
        });
    }
    addBrokenSuite(reason) {
        if (this.brokenSuites.length < 50)
            this.brokenSuites.push(reason.trim().slice(0, MAX_REASON));
    }
    /** Adds what another tally gathered (a reader's own, kept apart until it knows it is wanted). */
    merge(other) {
        if (other.counts)
            this.addCounts(other.counts);
        for (const name of other.failing.items)
            this.addFailing(name);
        for (const finding of other.findings.items)
            if (!this.findings.items.some((known) => known.code === finding.code))
                this.findings.push(finding);
        for (const reason of other.brokenSuites)
            this.addBrokenSuite(reason);
        if (other.exitCause)
            this.addExitCause(other.exitCause);
        if (other.incomplete)
            this.markIncomplete(other.incomplete);
    }
    /** Keeps the first reason given. */
    markIncomplete(reason) {
        this.incomplete ??= reason.slice(0, 300);
    }
    /** Keeps the first cause the runner stated. */
    addExitCause(cause) {
        this.exitCause ??= cause.trim().slice(0, MAX_REASON);
    }
    /**
     * The parsed result. A problem the caller found decides first; then a suite that never ran fails
     * the gate whatever the counts and thresholds say, because its tests are in no count.
     */
    toParsed(problem) {
        let decided = problem ?? (this.incomplete ? { status: 'error', message: `incomplete: ${this.incomplete}` } : undefined);
        if (!decided && this.brokenSuites.length > 0) {
            const [first] = this.brokenSuites;
            const more = this.brokenSuites.length > 1 ? ` (and ${this.brokenSuites.length - 1} more)` : '';
            decided = {
                status: 'fail',
                message: `${this.brokenSuites.length === 1 ? 'a test suite' : `${this.brokenSuites.length} test suites`} failed to run${first ? `: ${first}` : ''}${more}`
            };
        }
        return {
            kind: 'tests',
            counts: this.counts,
            failingTests: this.failing.items,
            findings: this.findings.items,
            ...(decided ? { problem: decided } : {}),
            ...(this.exitCause ? { exitCause: this.exitCause } : {})
        };
    }
}
/**
 * The closing summaries a runner printed, each already checked to be whole (every line of the
 * runner's summary block, in order, totals that add up). When the command is one run of the tool,
 * only the last one is the run's: tests finish before the runner sums them up, so any earlier block
 * was printed by a test. Otherwise (`npm test` may run several runners) every block is a run.
 */
class RunSummaries {
    runs = [];
    last;
    push(counts) {
        this.last = counts;
        if (this.runs.length < 1000)
            this.runs.push(counts);
    }
    get count() {
        return this.runs.length;
    }
    addTo(tally, context) {
        if (!this.last)
            return;
        if (context.singleRun)
            tally.addCounts(this.last);
        else
            for (const run of this.runs)
                tally.addCounts(run);
    }
}
/** `file:line:col` at the end of a location string, e.g. `/abs/math.test.js:8:1`. */
function splitLocation(text) {
    const trimmed = text.trim();
    const lastColon = trimmed.lastIndexOf(':');
    const middleColon = trimmed.lastIndexOf(':', lastColon - 1);
    if (middleColon <= 0)
        return undefined;
    const line = trimmed.slice(middleColon + 1, lastColon);
    const column = trimmed.slice(lastColon + 1);
    if (!/^\d+$/.test(line) || !/^\d+$/.test(column))
        return undefined;
    return { file: trimmed.slice(0, middleColon), line: Number(line), column: Number(column) };
}
/** A stack frame `at fn (file:line:col)`, `at file:line:col` or vitest's `❯ file:line:col`. */
function stackFrameLocation(line) {
    const trimmed = line.trim();
    let where;
    if (trimmed.startsWith('at '))
        where = trimmed.slice(3);
    else if (trimmed.startsWith('❯ '))
        where = trimmed.slice(2);
    else
        return undefined;
    if (where.endsWith(')'))
        where = where.slice(where.lastIndexOf('(') + 1, -1);
    else if (where.includes(' '))
        where = where.slice(where.lastIndexOf(' ') + 1);
    if (where.startsWith('file://'))
        where = where.slice('file://'.length);
    return splitLocation(where);
}
/** Frames in the project's own code, not in dependencies or the runtime. */
function isProjectFrame(file) {
    return !file.includes('node_modules') && !file.startsWith('node:') && !file.startsWith('internal/');
}
/**
 * A parser made of readers that all add to one tally (`npm test` may run several runners). A
 * problem returned by `check` (an incomplete run) decides before the tally's own.
 */
function parserFromReaders(name, context, factories, check) {
    const tally = new TestTally();
    const readers = factories.map((create) => create(tally, context));
    return {
        name,
        onLine(line) {
            for (const reader of readers)
                reader.onLine(line);
        },
        finish(process, artifacts) {
            for (const reader of readers)
                reader.finish(artifacts);
            return tally.toParsed(check?.(tally, process));
        }
    };
}

;// CONCATENATED MODULE: ./src/gates/parsers/cargo-test.ts



const RUNNING_TESTS = /^running (\d+) tests?$/;
const RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored; (\d+) measured; \d+ filtered out(?:; finished in [\d.]+s)?$/;
// `test a::b ... FAILED` (default format; doc tests have spaces in their names) and `a::b --- FAILED` (`-q`).
const FAILED_TEST = /^test (.+?) \.\.\. FAILED(?: <[\d.]+s>)?$/;
const FAILED_QUIET = /^(\S.*?) --- FAILED$/;
const LISTED_FAILURE = /^ {4}(\S.*)$/;
const SECTION = /^---- (.+) std(?:out|err) ----$/;
// Rust ≥1.73: `thread 'x' (123) panicked at src/lib.rs:10:9:` and the message on the next line;
// older: `thread 'x' panicked at 'message', src/lib.rs:10:9`.
const PANIC = /^thread '([^']*)'(?: \(\d+\))? panicked at ([^\s:'][^:]*):(\d+):(\d+):?$/;
const OLD_PANIC = /^thread '([^']*)' panicked at '(.*)', ([^\s:][^:]*):(\d+):(\d+)$/;
const NO_PANIC = /^note: test did not panic as expected(?: at ([^\s:][^:]*):(\d+):(\d+))?$/;
const ERROR = /^error(?:\[E\d+\])?: (.+)$/;
// cargo (stderr) names each binary before it runs it.
const RUNNING_BINARY = /^\s+Running (.+) \(([^()]+)\)$/;
const DOC_TESTS = /^\s+Doc-tests (\S+)$/;
const DIED = /process didn't exit successfully: `([^`]+)` \((?:signal: (\d+), (SIG[A-Z0-9]+)|exit status: (\d+))/;
/** cargo's own `error:` lines after tests ran; none of them says cargo could not run. */
const CARGO_TEST_ERRORS = /^(?:test failed, to rerun|doctest failed, to rerun|\d+ targets? failed|could not compile|aborting due to)/;
// `src/lib.rs - add (line 3)`: rustdoc names a doc test after its file and the line of its code block.
const DOC_TEST_NAME = /^(\S.*?) - (?:.* )?\(line (\d+)\)$/;
const MAX_MESSAGE = 300;
function createCargoTestParser() {
    const tally = new TestTally();
    const diagnostics = new RustcDiagnosticReader();
    const frames = [];
    const reported = new Set();
    let header;
    let compileError;
    let couldNotCompile;
    let otherError;
    let died;
    let stray;
    const open = (expected) => {
        frames.push({ expected, ...(header ? { binary: header } : {}), failedLines: [], list: undefined, listOpen: false, panics: new Map() });
        header = undefined;
    };
    const close = (frame, passed, failed, ignored) => {
        tally.add(passed, failed, ignored);
        if (frame.binary?.path)
            reported.add(frame.binary.path);
        const names = [...frame.failedLines, ...(frame.list ?? [])].map(testName);
        for (const name of names)
            tally.addFailing(name);
        for (const [name, finding] of frame.panics) {
            if (failed > 0 && (names.length === 0 || names.includes(name)))
                tally.findings.push(finding);
        }
    };
    const readFrameLine = (frame, line) => {
        if (frame.awaitingMessage) {
            const pending = frame.awaitingMessage;
            frame.awaitingMessage = undefined;
            if (line.trim() !== '' && !line.startsWith('note: ') && !line.startsWith('stack backtrace:'))
                pending.message = truncate(`${pending.message}: ${line.trim()}`);
        }
        if (frame.listOpen) {
            const listed = LISTED_FAILURE.exec(line);
            if (listed) {
                frame.list?.push(listed[1]);
                return;
            }
            if (line === '' && frame.list?.length === 0)
                return;
            frame.listOpen = false;
            // Only a list that the result follows directly is the run's own.
            if (line !== '')
                frame.list = undefined;
        }
        else if (line !== '' && frame.list !== undefined) {
            frame.list = undefined;
        }
        if (line === 'failures:') {
            frame.list = [];
            frame.listOpen = true;
            frame.section = undefined;
            return;
        }
        const section = SECTION.exec(line);
        if (section) {
            frame.section = testName(section[1]);
            return;
        }
        const failed = frame.section === undefined ? (FAILED_TEST.exec(line) ?? FAILED_QUIET.exec(line)) : null;
        if (failed) {
            frame.failedLines.push(failed[1]);
            return;
        }
        readPanic(frame, line);
    };
    const readPanic = (frame, line) => {
        const panic = PANIC.exec(line);
        const oldPanic = panic ? null : OLD_PANIC.exec(line);
        const noPanic = panic || oldPanic ? null : NO_PANIC.exec(line);
        if (!panic && !oldPanic && !noPanic)
            return;
        // In a test's section every panic is that test's, whichever thread raised it; outside one
        // (`--nocapture`), libtest names the thread after the test.
        const owner = frame.section ?? panic?.[1] ?? oldPanic?.[1];
        if (!owner || frame.panics.has(owner))
            return;
        let finding;
        if (panic)
            finding = panicFinding(owner, `${owner} panicked`, panic[2], panic[3], panic[4]);
        else if (oldPanic)
            finding = panicFinding(owner, truncate(`${owner} panicked: ${oldPanic[2]}`), oldPanic[3], oldPanic[4], oldPanic[5]);
        else
            finding = panicFinding(owner, `${owner} did not panic as expected`, noPanic[1], noPanic[2], noPanic[3]);
        frame.panics.set(owner, finding);
        if (panic)
            frame.awaitingMessage = finding;
    };
    const readOutside = (line) => {
        const diagnostic = diagnostics.onLine(line);
        if (diagnostic) {
            if (diagnostic.level === 'error') {
                compileError ??= `${diagnostic.message} at ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
                tally.findings.push(diagnostic);
            }
            return;
        }
        const error = ERROR.exec(line);
        if (!error)
            return;
        if (error[1].startsWith('could not compile'))
            couldNotCompile ??= error[1];
        else if (!CARGO_TEST_ERRORS.test(error[1]))
            otherError ??= error[1];
    };
    const readDeath = (death) => {
        const path = death[1];
        const index = frames.findIndex((frame) => frame.binary?.path === path);
        const frame = index === -1 ? undefined : frames[index];
        // libtest's own "some tests failed" exit: cargo's line (stderr) can overtake the result (stdout)
        // on its way here, so the frame stays open for it; unclosed at the end, it is reported then.
        if (frame && death[4] === '101') {
            frame.exited = 'exited 101';
            return;
        }
        const what = frame?.binary ? cargo_test_describe(frame.binary) : binaryName(path);
        if (index !== -1)
            frames.splice(index);
        const how = death[3] ? `was killed by ${death[3]} (signal ${death[2]})` : `exited ${death[4]}`;
        // Exit 101 after the binary's own result is libtest's ordinary "some tests failed".
        if (frame)
            died ??= `test binary ${what} ${how} before reporting its result`;
        else if (!(reported.has(path) && death[4] === '101'))
            died ??= `test binary ${what} ${how}${reported.has(path) ? ' after reporting its result' : ''}`;
    };
    return {
        name: 'cargo-test',
        onLine(line) {
            const binary = RUNNING_BINARY.exec(line);
            if (binary) {
                header = { source: binary[1], path: binary[2] };
                return;
            }
            const docTests = DOC_TESTS.exec(line);
            if (docTests) {
                header = { source: `doc tests of ${docTests[1]}` };
                return;
            }
            const running = RUNNING_TESTS.exec(line);
            if (running) {
                open(Number(running[1]));
                return;
            }
            const result = RESULT.exec(line);
            if (result) {
                const [passed, failed, ignored, measured] = result.slice(1, 5).map(Number);
                const index = innermost(frames, passed + failed + ignored + measured);
                if (index === -1) {
                    if (frames.length === 0)
                        stray ??= line;
                    return;
                }
                const frame = frames[index];
                frames.splice(index);
                if (index === 0)
                    close(frame, passed, failed, ignored);
                return;
            }
            const death = DIED.exec(line);
            if (death) {
                readDeath(death);
                return;
            }
            if (frames.length === 0)
                readOutside(line);
            else if (frames.length === 1)
                readFrameLine(frames[0], line);
        },
        finish(_process) {
            let problem;
            const notCompiled = compileError ?? couldNotCompile;
            if (notCompiled !== undefined)
                problem = { status: 'fail', message: `does not compile: ${notCompiled}` };
            else if (died)
                problem = { status: 'error', message: `incomplete: ${died}` };
            else if (frames.length > 0) {
                const frame = frames[0];
                problem = {
                    status: 'error',
                    message: `incomplete: test binary ${frame.binary ? cargo_test_describe(frame.binary) : '(unnamed)'} printed \`running ${frame.expected} test${frame.expected === 1 ? '' : 's'}\` but never its \`test result:\` line (${frame.exited ? `it ${frame.exited}` : 'it exited early, e.g. process::exit, or crashed'})`
                };
            }
            else if (stray)
                problem = { status: 'error', message: `a \`test result:\` line outside any test run (printed by a test?): ${truncate(stray)}` };
            // No test ran and cargo said why (no Cargo.toml, unknown flag, registry down): the gate could not run.
            else if (tally.counts === null && otherError !== undefined)
                problem = { status: 'error', message: `cargo test could not run: ${otherError}` };
            return tally.toParsed(problem);
        }
    };
}
const cargoTest = {
    name: 'cargo-test',
    detect: (invocation) => cargoSubcommand(invocation) === 'test',
    create: createCargoTestParser
};
/** The innermost open frame a result of `total` tests can close, or -1. */
function innermost(frames, total) {
    for (let index = frames.length - 1; index >= 0; index--)
        if (frames[index].expected === total)
            return index;
    return -1;
}
/** libtest adds ` - should panic` to a `#[should_panic]` test's line but not to its other mentions. */
function testName(name) {
    return name.replace(/ - should panic$/, '').trim();
}
/** A doc test's location is its code block in the documented file, whatever the panic line says. */
function panicFinding(test, message, file, line, column) {
    const doc = DOC_TEST_NAME.exec(test);
    if (doc)
        return { level: 'error', message, file: doc[1], line: Number(doc[2]), code: test };
    return {
        level: 'error',
        message,
        ...(file ? { file, line: Number(line), column: Number(column) } : {}),
        code: test
    };
}
function cargo_test_describe(binary) {
    return binary.path ? `${binaryName(binary.path)} (${binary.source})` : binary.source;
}
/** `/target/debug/deps/my_crate-5b80b4e82d4c2004` → `my_crate`. */
function binaryName(binaryPath) {
    const base = binaryPath.slice(binaryPath.lastIndexOf('/') + 1);
    return base.replace(/-[0-9a-f]{16}$/, '');
}
function truncate(text) {
    return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/gates/parsers/command-words.ts
/**
 * Reading a gate's command just far enough to know which tool it runs: never to run it, and
 * never to change it unless the whole command is one plain invocation of that tool.
 */
/** Programs that run the rest of their arguments as the command: `npx jest`, `timeout 600 cargo test`. */
const LAUNCHERS = new Set(['npx', 'bunx', 'env', 'time', 'command', 'exec', 'nice', 'nohup', 'sudo', 'timeout', 'xvfb-run']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash']);
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/**
 * Every simple command in a command line, in order. The text is cut at `&&`, `||`, `;`, `|`, `&`,
 * newlines and parentheses; quotes only group words here, so `sh -c "cargo test"` reads as its words.
 */
function toolInvocations(command) {
    const invocations = [];
    for (const segment of command.replace(/["'`]/g, ' ').split(/&&|\|\||[;|&\n()]/)) {
        const invocation = readInvocation(segment.split(/\s+/).filter(Boolean));
        if (invocation)
            invocations.push(invocation);
    }
    return invocations;
}
function readInvocation(words) {
    let index = 0;
    while (index < words.length) {
        const word = words[index];
        const program = baseName(word);
        if (ENV_ASSIGNMENT.test(word) || word.startsWith('-') || /^\d+[smhd]?$/.test(word) || LAUNCHERS.has(program) || SHELLS.has(program)) {
            index++;
            continue;
        }
        return { program, args: words.slice(index + 1) };
    }
    return undefined;
}
const PLAIN_WORD = /^[A-Za-z0-9_\-./:=@%+,*?[\]]+$/;
function soleInvocation(command) {
    const words = command.trim().split(/[ \t]+/);
    if (words.length === 0 || words[0] === '' || !words.every((word) => PLAIN_WORD.test(word)))
        return undefined;
    let index = 0;
    while (index < words.length && ENV_ASSIGNMENT.test(words[index]))
        index++;
    let viaNpx = false;
    if (words[index] === 'npx') {
        viaNpx = true;
        index++;
        // npx's own flags come before the package; ones that take a value are not plain enough to skip.
        while (index < words.length && /^(?:--yes|-y|--no|--no-install|--quiet|-q)$/.test(words[index]))
            index++;
    }
    if (index >= words.length || words[index].startsWith('-'))
        return undefined;
    return { program: baseName(words[index]), args: words.slice(index + 1), words, programIndex: index, viaNpx };
}
/** A single-quoted shell word: safe for any path. */
function command_words_shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
function baseName(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/gates/parsers/exit-code.ts
function createExitCodeParser() {
    return {
        name: 'exit-code',
        onLine: () => undefined,
        finish: (_process) => ({ kind: 'exit-code', findings: [] })
    };
}
/** Never detected: it is what a command gets when no other parser claims it, or when named. */
const exitCode = {
    name: 'exit-code',
    create: createExitCodeParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/js-report.ts
/**
 * jest's `--json` report and vitest's `json` reporter (which copies jest's shape): counts, failing
 * tests with where they failed, and suites that never ran. The report is written by the runner's
 * own process from its results, so nothing a test prints can change it.
 */


const SEPARATOR = { jest: ' › ', vitest: ' > ' };
/**
 * Adds the report to the tally; false when the text is not such a report at all (the caller then
 * says so). Totals that do not add up make the run incomplete rather than trusted.
 */
function readJestStyleReport(text, tally, tool) {
    let report;
    try {
        report = JSON.parse(text);
    }
    catch {
        return false;
    }
    if (!report || typeof report !== 'object' || !Array.isArray(report.testResults))
        return false;
    const [passed, failed, pending, todo, total] = [report.numPassedTests, report.numFailedTests, report.numPendingTests, report.numTodoTests ?? 0, report.numTotalTests];
    if (![passed, failed, pending, todo, total].every(isCount)) {
        tally.markIncomplete(`the ${tool} report has no readable test counts`);
        return true;
    }
    const [p, f, s, t, all] = [passed, failed, pending, todo, total];
    if (p + f + s + t !== all) {
        tally.markIncomplete(`the ${tool} report's counts do not add up (${p} passed, ${f} failed, ${s + t} skipped of ${all})`);
        return true;
    }
    tally.add(p, f, s + t);
    if (report.wasInterrupted === true)
        tally.markIncomplete(`${tool} was interrupted before all suites ran`);
    for (const suite of report.testResults)
        readSuite(suite, tally, tool);
    const runtimeErrors = report.numRuntimeErrorTestSuites;
    if (isCount(runtimeErrors) && runtimeErrors > tally.brokenSuites.length) {
        for (let i = tally.brokenSuites.length; i < runtimeErrors; i++)
            tally.addBrokenSuite('');
    }
    return true;
}
function readSuite(suite, tally, tool) {
    if (!suite || typeof suite !== 'object')
        return;
    const file = typeof suite.name === 'string' ? suite.name : undefined;
    const assertions = Array.isArray(suite.assertionResults) ? suite.assertionResults : [];
    if (suite.status === 'failed' && (assertions.length === 0 || suite.testExecError)) {
        const reason = suiteReason(suite.message);
        const base = file ? file.slice(file.lastIndexOf('/') + 1) : undefined;
        // Name the file unless the runner's own reason already does.
        tally.addBrokenSuite(base && !reason.includes(base) ? `${base}: ${reason}` : reason);
    }
    for (const assertion of assertions) {
        if (!assertion || assertion.status !== 'failed')
            continue;
        const titles = Array.isArray(assertion.ancestorTitles) ? assertion.ancestorTitles.filter((title) => typeof title === 'string') : [];
        const name = [...titles, typeof assertion.title === 'string' ? assertion.title : String(assertion.fullName ?? '')].join(SEPARATOR[tool]);
        if (!tally.addFailing(name))
            continue;
        const where = failureLocation(assertion, file);
        if (where)
            tally.addLocation(name.trim(), where.file, where.line, where.column);
    }
}
/** The line that says why a suite did not run, under jest's "● Test suite failed to run" header. */
function suiteReason(message) {
    if (typeof message !== 'string')
        return '';
    const lines = message
        .split('\n')
        .map((line) => stripControl(line).trim())
        .filter((line) => line !== '' && !line.startsWith('●'));
    return (lines[0] ?? '').slice(0, 200);
}
function failureLocation(assertion, file) {
    const location = assertion.location;
    if (file && location && isCount(location.line) && location.line > 0) {
        return { file, line: location.line, ...(isCount(location.column) ? { column: location.column } : {}) };
    }
    const messages = Array.isArray(assertion.failureMessages) ? assertion.failureMessages.filter((text) => typeof text === 'string') : [];
    let fallback;
    for (const line of (messages[0] ?? '').split('\n')) {
        const frame = stackFrameLocation(line);
        if (!frame || !isProjectFrame(frame.file))
            continue;
        // A frame in the test file itself is where the assertion sits; a helper's frame is second best.
        if (file === undefined || frame.file === file)
            return frame;
        fallback ??= frame;
    }
    return fallback;
}
function isCount(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
/** The command was adjusted to write a report and there is none: the run did not finish as a run. */
function failedReport(tally, tool, report) {
    tally.markIncomplete(`${tool} did not write its report (${report.problem ?? 'unreadable'})${tally.exitCause ? `: ${tally.exitCause}` : ''}`);
}

;// CONCATENATED MODULE: ./src/gates/parsers/jest.ts



const SUITES_LINE = /^Test Suites: /;
const TESTS_LINE = /^Tests:\s+(.+)$/;
const SNAPSHOTS_LINE = /^Snapshots:\s/;
const FAILURE_HEADER = /^\s*● (.+)$/;
const NOT_A_TEST = /^(?:Test suite failed to run|Console$|.*(?:Warning|Deprecation|Validation Error):?$)/;
// jest's own words for a non-zero exit that no test explains.
const EXIT_CAUSE = /^(?:Jest: .*(?:threshold|not met|coverage).*|No tests found, exiting with code \d+.*|Jest: Coverage data for .* was not found\.?)$/;
const NO_TESTS = /^No tests found, exiting with code \d+/;
function count(text, word) {
    return Number(new RegExp(`(\\d+) ${word}\\b`).exec(text)?.[1] ?? 0);
}
/** `1 failed, 1 skipped, 2 todo, 3 passed, 7 total`, only when the parts add up to the total. */
function readJestTests(text) {
    const total = /(\d+) total\b/.exec(text);
    if (!total)
        return undefined;
    const counts = { passed: count(text, 'passed'), failed: count(text, 'failed'), skipped: count(text, 'skipped') + count(text, 'todo') + count(text, 'pending') };
    return counts.passed + counts.failed + counts.skipped === Number(total[1]) ? counts : undefined;
}
function createJestReader(target, context) {
    // What the printed output says, kept apart: a report, when there is one, replaces it.
    const tally = new TestTally();
    const summaries = new RunSummaries();
    let previous = '';
    let awaitingFrame;
    let brokenSuite = false;
    let brokenReason;
    let pending;
    return {
        onLine(line) {
            const before = previous;
            previous = line;
            // The block is `Test Suites:`, `Tests:`, `Snapshots:`: counts count once the block is whole.
            if (pending) {
                if (SNAPSHOTS_LINE.test(line))
                    summaries.push(pending);
                pending = undefined;
            }
            const tests = SUITES_LINE.test(before) ? TESTS_LINE.exec(line) : null;
            const counts = tests ? readJestTests(tests[1]) : undefined;
            if (counts) {
                pending = counts;
                return;
            }
            if (EXIT_CAUSE.test(line)) {
                tally.addExitCause(line);
                return;
            }
            const header = FAILURE_HEADER.exec(line);
            if (header) {
                awaitingFrame = undefined;
                if (brokenSuite)
                    tally.addBrokenSuite(brokenReason ?? '');
                brokenSuite = header[1].startsWith('Test suite failed to run');
                brokenReason = undefined;
                if (!brokenSuite && !NOT_A_TEST.test(header[1]) && tally.addFailing(header[1]))
                    awaitingFrame = header[1].trim();
                return;
            }
            if (brokenSuite && brokenReason === undefined && line.trim() !== '') {
                // The first line under the header says why (a missing module, a syntax error).
                brokenReason = line.trim();
                tally.addBrokenSuite(brokenReason);
                brokenSuite = false;
                return;
            }
            const frame = awaitingFrame ? stackFrameLocation(line) : undefined;
            // The first frame in the project's own code is where the assertion sits.
            if (frame && awaitingFrame && isProjectFrame(frame.file)) {
                tally.addLocation(awaitingFrame, frame.file, frame.line, frame.column);
                awaitingFrame = undefined;
            }
        },
        finish(artifacts) {
            if (brokenSuite && brokenReason === undefined)
                tally.addBrokenSuite('');
            const report = artifacts?.report;
            if (report) {
                // The runner's stated cause for its exit is only in what it printed.
                if (tally.exitCause)
                    target.addExitCause(tally.exitCause);
                if (report.text !== undefined && readJestStyleReport(report.text, target, 'jest'))
                    return;
                if (!report.tooLarge) {
                    failedReport(target, 'jest', report);
                    return;
                }
            }
            summaries.addTo(tally, context);
            // "No tests found" prints no summary: no test ran, which is the run's result.
            if (summaries.count === 0 && tally.exitCause !== undefined && NO_TESTS.test(tally.exitCause))
                tally.add(0, 0, 0);
            target.merge(tally);
        }
    };
}
function createJestParser(context = { singleRun: false }) {
    return parserFromReaders('jest', context, [createJestReader]);
}
/** Flags after which go-no-go leaves a jest command alone: the user chose the output, or jest will not run tests. */
const JEST_OWN_OUTPUT = /^--(?:json|outputFile|listTests|showConfig|watch|watchAll|help|version|init|clearCache|findRelatedTests)(?:=|$)|^-[hv]$|^--$/;
const jest = {
    name: 'jest',
    detect: (invocation) => isTool(invocation, 'jest'),
    create: createJestParser,
    adjustCommand(invocation, files) {
        if (invocation.program !== 'jest' || invocation.args.some((arg) => JEST_OWN_OUTPUT.test(arg)))
            return undefined;
        return { words: [...invocation.words, '--json', `--outputFile=${command_words_shellQuote(files.reportPath)}`] };
    }
};
/** `jest …`, `npx jest`, `yarn jest`, `pnpm exec jest`, `pnpm dlx vitest`. */
function isTool(invocation, tool) {
    if (invocation.program === tool)
        return true;
    if (!['npm', 'pnpm', 'yarn'].includes(invocation.program))
        return false;
    const [first, second] = invocation.args.filter((arg) => !arg.startsWith('-'));
    return (first === 'exec' || first === 'dlx' ? second : first) === tool;
}

;// CONCATENATED MODULE: ./src/gates/parsers/mocha.ts


const PASSING = /^ {2}(\d+) passing \(\d+(?:\.\d+)?(?:ms|s|m|h)\)$/;
const FOLLOWING = /^ {2}(\d+) (pending|failing)$/;
const FAILURE_ENTRY = /^ {2}(\d+)\) (.+)$/;
// What mocha or node prints when a test file is missing a module or does not parse, before any test ran.
const LOAD_ERROR = /^\s*(?:Exception during run: )?(\w*Error(?: \[[A-Z_]+\])?: .+)$/;
function createMochaReader(tally, context) {
    const summaries = new RunSummaries();
    let block;
    let sawSummary = false;
    let title;
    let awaitingFrame;
    let loadError;
    let previous = '';
    const closeBlock = () => {
        if (block)
            summaries.push({ passed: block.passing, failed: block.failing, skipped: block.pending });
        block = undefined;
    };
    return {
        onLine(line) {
            const before = previous;
            previous = line;
            // mocha prints a blank line before its closing block.
            const passing = before.trim() === '' ? PASSING.exec(line) : null;
            if (passing) {
                closeBlock();
                sawSummary = true;
                block = { passing: Number(passing[1]), pending: 0, failing: 0, next: 0 };
                return;
            }
            const following = block ? FOLLOWING.exec(line) : null;
            if (block && following) {
                // `pending` comes before `failing`; anything else ends the block.
                const order = following[2] === 'pending' ? 1 : 2;
                if (order > block.next) {
                    block[following[2] === 'pending' ? 'pending' : 'failing'] = Number(following[1]);
                    block.next = order;
                    return;
                }
            }
            closeBlock();
            if (!sawSummary) {
                // A bare error line is mocha's only when mocha is all that ran; mocha ≥ 10 says so itself.
                const error = LOAD_ERROR.exec(line);
                if (error && (context.singleRun || line.includes('Exception during run:')))
                    loadError ??= error[1];
                return;
            }
            if (title) {
                const trimmed = line.trim();
                if (trimmed !== '')
                    title.parts.push(trimmed);
                if (trimmed.endsWith(':') || trimmed === '') {
                    const name = title.parts.join(' ').replace(/:$/, '');
                    title = undefined;
                    if (tally.addFailing(name))
                        awaitingFrame = name;
                }
                return;
            }
            const entry = FAILURE_ENTRY.exec(line);
            if (entry) {
                awaitingFrame = undefined;
                title = { number: Number(entry[1]), parts: [] };
                const first = entry[2].trim();
                title.parts.push(first);
                if (first.endsWith(':')) {
                    const name = first.replace(/:$/, '');
                    title = undefined;
                    if (tally.addFailing(name))
                        awaitingFrame = name;
                }
                return;
            }
            const frame = awaitingFrame ? stackFrameLocation(line) : undefined;
            if (frame && awaitingFrame && isProjectFrame(frame.file)) {
                tally.addLocation(awaitingFrame, frame.file, frame.line, frame.column);
                awaitingFrame = undefined;
            }
        },
        finish(_artifacts) {
            closeBlock();
            summaries.addTo(tally, context);
            if (summaries.count === 0 && loadError !== undefined)
                tally.addBrokenSuite(loadError);
        }
    };
}
function createMochaParser(context = { singleRun: false }) {
    return parserFromReaders('mocha', context, [createMochaReader]);
}
const mocha = {
    name: 'mocha',
    detect: (invocation) => isTool(invocation, 'mocha') || invocation.program === '_mocha',
    create: createMochaParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/node-test-reporter.ts
/**
 * The reporter module go-no-go hands `node --test` (written into the gate's scratch directory and
 * passed as `--test-reporter`). It runs inside the user's test runner, so it is plain JavaScript for
 * any Node with custom reporters (≥ 18.17), never throws, and writes one JSON object per line with
 * only what the parser reads: results and the run's closing counts. What tests print
 * (`test:stdout`) is left out on purpose: it is not a result, whatever it looks like. What a test
 * file printed to stderr is kept, a few lines, because it says why a file failed to load.
 */
const NODE_TEST_REPORTER_FILE = 'go-no-go-node-test-reporter.mjs';
const NODE_TEST_REPORTER_SOURCE = `// Written by go-no-go: records node --test results as JSON lines for the gate's parser.
const MAX_TEXT = 300
const MAX_STDERR_PER_FILE = 20
const text = (value) => {
  try {
    return String(value ?? '').slice(0, MAX_TEXT)
  } catch {
    return ''
  }
}
const stderrLines = new Map()
function record(event) {
  const data = (event && event.data) || {}
  switch (event && event.type) {
    case 'test:pass':
    case 'test:fail': {
      const details = data.details || {}
      const error = details.error || {}
      const cause = error.cause || {}
      return {
        type: event.type === 'test:pass' ? 'pass' : 'fail',
        name: text(data.name),
        nesting: Number(data.nesting) || 0,
        file: data.file === undefined ? undefined : text(data.file),
        line: data.line,
        column: data.column,
        suite: details.type === 'suite',
        skip: data.skip !== undefined && data.skip !== false,
        todo: data.todo !== undefined && data.todo !== false,
        failureType: error.failureType === undefined ? undefined : text(error.failureType),
        message: event.type === 'test:fail' ? text((cause && cause.message) || error.message || cause) : undefined
      }
    }
    case 'test:plan':
      return data.file === undefined && !data.nesting ? { type: 'plan', count: data.count } : undefined
    case 'test:diagnostic':
      return data.file === undefined && !data.nesting ? { type: 'diagnostic', message: text(data.message) } : undefined
    case 'test:summary':
      return data.file === undefined ? { type: 'summary', counts: data.counts, success: data.success } : undefined
    case 'test:stderr': {
      const file = text(data.file)
      const seen = stderrLines.get(file) || 0
      if (seen >= MAX_STDERR_PER_FILE) return undefined
      stderrLines.set(file, seen + 1)
      return { type: 'stderr', file, message: text(data.message) }
    }
    default:
      return undefined
  }
}
export default async function* goNoGoReporter(source) {
  for await (const event of source) {
    let line
    try {
      const entry = record(event)
      if (entry) line = JSON.stringify(entry) + '\\n'
    } catch {
      line = undefined
    }
    if (line) yield line
  }
  yield JSON.stringify({ type: 'end' }) + '\\n'
}
`;

;// CONCATENATED MODULE: ./src/gates/parsers/node-test.ts




const SUMMARY_KEYS = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo', 'duration_ms'];
const SUMMARY = /^(#|ℹ) ([a-z_]+) (\d+(?:\.\d+)?)$/;
const TAP_PLAN = /^1\.\.\d+$/;
const TAP_NOT_OK = /^(\s*)not ok \d+ - (.+)$/;
const TAP_DIRECTIVE = / # (?:TODO|SKIP)\b/i;
const YAML_FIELD = /^\s+(location|failureType|type): '?([^']*)'?$/;
const YAML_END = /^\s+\.\.\.$/;
// In the spec reporter's closing list: `test at file:line:col`, then `✖ name (1.2ms)`.
const SPEC_LOCATION = /^test at (.+)$/;
const SPEC_FAILED = /^✖ (.+) \((\d+(?:\.\d+)?m?s)\)$/;
// node's own words for a non-zero exit that no failing test explains (coverage thresholds, Node ≥ 22).
const node_test_EXIT_CAUSE = /^(?:(?:#|ℹ) )?Error: \d+(?:\.\d+)?% (?:line|branch|function) coverage does not meet threshold of \d+(?:\.\d+)?%\.?$/;
function blockCounts(block) {
    const { tests = -1, pass = 0, fail = 0, cancelled = 0, skipped = 0, todo = 0 } = block;
    // Cancelled tests did not pass: they count as failed.
    return pass + fail + cancelled + skipped + todo === tests ? { passed: pass, failed: fail + cancelled, skipped: skipped + todo } : undefined;
}
function createNodeTestReader(target, context) {
    // What the printed output says, kept apart: the reporter file, when there is one, replaces it.
    const tally = new TestTally();
    const summaries = new RunSummaries();
    let block;
    let blockStyle;
    let previous = '';
    let tapFailure;
    let inFailingList = false;
    let specLocation;
    const closeTapFailure = () => {
        const failure = tapFailure;
        tapFailure = undefined;
        if (!failure || failure.failureType === 'subtestsFailed' || failure.suite)
            return;
        nameFailure(tally, failure.name, failure.location, failure.failureType);
    };
    const readSummary = (line, before) => {
        const summary = SUMMARY.exec(line);
        const key = summary?.[2];
        if (!summary || !key || !SUMMARY_KEYS.includes(key)) {
            block = undefined;
            return false;
        }
        if (key === 'tests') {
            // TAP puts the run's plan right before its counts; spec has none.
            block = summary[1] === 'ℹ' || TAP_PLAN.test(before) ? { tests: Number(summary[3]) } : undefined;
            blockStyle = summary[1];
            return true;
        }
        const expected = block ? SUMMARY_KEYS[Object.keys(block).length] : undefined;
        if (!block || summary[1] !== blockStyle || key !== expected) {
            block = undefined;
            return true;
        }
        block[key] = Number(summary[3]);
        if (key === 'duration_ms') {
            const counts = blockCounts(block);
            if (counts)
                summaries.push(counts);
            block = undefined;
        }
        return true;
    };
    return {
        onLine(line) {
            const before = previous;
            previous = line;
            if (tapFailure) {
                const field = YAML_FIELD.exec(line);
                if (field) {
                    if (field[1] === 'location')
                        tapFailure.location = field[2];
                    else if (field[1] === 'failureType')
                        tapFailure.failureType = field[2];
                    else
                        tapFailure.suite = field[2] === 'suite';
                    return;
                }
                if (YAML_END.test(line)) {
                    closeTapFailure();
                    return;
                }
            }
            if (readSummary(line, before))
                return;
            if (node_test_EXIT_CAUSE.test(line)) {
                tally.addExitCause(line.replace(/^(?:#|ℹ) /, ''));
                return;
            }
            const notOk = TAP_NOT_OK.exec(line);
            if (notOk) {
                closeTapFailure();
                if (!TAP_DIRECTIVE.test(notOk[2]))
                    tapFailure = { name: notOk[2].trim(), suite: false };
                return;
            }
            if (line === '✖ failing tests:') {
                inFailingList = true;
                return;
            }
            if (!inFailingList)
                return;
            const location = SPEC_LOCATION.exec(line);
            if (location) {
                specLocation = location[1];
                return;
            }
            const failed = SPEC_FAILED.exec(line);
            if (failed && specLocation !== undefined) {
                nameFailure(tally, failed[1], specLocation);
                specLocation = undefined;
            }
        },
        finish(artifacts) {
            closeTapFailure();
            const report = artifacts?.report;
            if (report) {
                if (tally.exitCause)
                    target.addExitCause(tally.exitCause);
                if (report.text !== undefined && readNodeReport(report.text, target))
                    return;
                if (!report.tooLarge) {
                    failedReport(target, 'node --test', report);
                    return;
                }
            }
            summaries.addTo(tally, context);
            target.merge(tally);
        }
    };
}
/**
 * A failing test by name and declaration site. A test file that failed as a whole (it did not load,
 * or exited early) is reported under the file's own name at 1:1: that is a suite that never ran.
 */
function nameFailure(tally, name, location, failureType) {
    const where = location ? splitLocation(location.replace(/^file:\/\//, '')) : undefined;
    if (where && where.line === 1 && where.column === 1 && isFileName(name, where.file) && failureType !== 'hookFailure') {
        tally.addBrokenSuite(`${name} failed to load or exited early`);
        return;
    }
    if (tally.addFailing(name) && where)
        tally.addLocation(name.trim(), where.file, where.line, where.column);
}
/** node names a whole-file test by its path, absolute or relative, and locates it by the other. */
function isFileName(name, file) {
    return name === file || file.endsWith(`/${name}`) || name.endsWith(`/${file}`);
}
/** go-no-go's reporter file: results, then the run's counts (`test:summary` on Node ≥ 22, diagnostics before). */
function readNodeReport(text, tally) {
    const block = {};
    let summary;
    let ended = false;
    let sawAny = false;
    const stderr = new Map();
    const failures = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let entry;
        try {
            entry = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (!entry || typeof entry !== 'object')
            continue;
        sawAny = true;
        if (entry.type === 'end')
            ended = true;
        else if (entry.type === 'plan')
            Object.keys(block).forEach((key) => delete block[key]);
        else if (entry.type === 'diagnostic') {
            const [key, value] = String(entry.message ?? '').split(' ');
            if (SUMMARY_KEYS.includes(key) && /^\d+(?:\.\d+)?$/.test(value ?? ''))
                block[key] = Number(value);
        }
        else if (entry.type === 'summary')
            summary = entry.counts;
        else if (entry.type === 'fail')
            failures.push(entry);
        else if (entry.type === 'stderr' && entry.file && entry.message && /^\w*Error\b/.test(entry.message) && !stderr.has(entry.file))
            stderr.set(entry.file, entry.message.trim());
    }
    if (!sawAny)
        return false;
    if (!ended) {
        tally.markIncomplete('node --test stopped before its reporter saw the end of the run');
        return true;
    }
    const counts = summary
        ? blockCounts({ tests: summary.tests, pass: summary.passed, fail: summary.failed, cancelled: summary.cancelled, skipped: summary.skipped, todo: summary.todo })
        : blockCounts(block);
    if (!counts) {
        tally.markIncomplete('node --test reported no closing counts that add up');
        return true;
    }
    tally.addCounts(counts);
    for (const failure of failures) {
        if (failure.suite || failure.failureType === 'subtestsFailed' || typeof failure.name !== 'string')
            continue;
        const location = failure.file !== undefined && failure.line !== undefined ? `${failure.file}:${failure.line}:${failure.column ?? 1}` : undefined;
        if (location && failure.line === 1 && failure.column === 1 && failure.file && isFileName(failure.name, failure.file)) {
            tally.addBrokenSuite(stderr.get(failure.file) ? `${failure.name}: ${stderr.get(failure.file)}` : `${failure.name} failed to load or exited early`);
            continue;
        }
        if (!tally.addFailing(failure.name))
            continue;
        if (failure.file !== undefined && typeof failure.line === 'number')
            tally.addLocation(failure.name.trim(), failure.file, failure.line, failure.column, failure.message);
    }
    return true;
}
function createNodeTestParser(context = { singleRun: false }) {
    return parserFromReaders('node-test', context, [createNodeTestReader]);
}
/** Options after which go-no-go leaves a `node --test` command alone. */
const NODE_OWN_OUTPUT = /^--(?:test-reporter|test-reporter-destination|watch|watch-path|test-only|eval|print|help|version|check|inspect[a-z-]*)(?:=|$)|^-[ephvc]$|^--$/;
const nodeTest = {
    name: 'node-test',
    detect: (invocation) => (invocation.program === 'node' || invocation.program === 'nodejs') && invocation.args.includes('--test'),
    create: createNodeTestParser,
    adjustCommand(invocation, files) {
        if (invocation.viaNpx || !invocation.args.includes('--test') || invocation.args.some((arg) => NODE_OWN_OUTPUT.test(arg)))
            return undefined;
        const reporter = `${files.dir}/${NODE_TEST_REPORTER_FILE}`;
        // node reads options only before the first file name, so they go right after the program.
        const options = [
            '--test-reporter=spec',
            '--test-reporter-destination=stdout',
            `--test-reporter=${command_words_shellQuote(reporter)}`,
            `--test-reporter-destination=${command_words_shellQuote(files.reportPath)}`
        ];
        const at = invocation.programIndex + 1;
        return { words: [...invocation.words.slice(0, at), ...options, ...invocation.words.slice(at)], supportFiles: { [reporter]: NODE_TEST_REPORTER_SOURCE } };
    }
};

;// CONCATENATED MODULE: ./src/gates/parsers/npm-audit.ts


const NPM_ERROR = /^npm (?:ERR!|error) (.+)$/;
const NPM_ERROR_NOISE = /^(?:A complete log|Log files|\s*$)/;
// "found 0 vulnerabilities", "3 vulnerabilities (1 moderate, 2 high)", "1 high severity vulnerability".
const TEXT_TOTAL = /^(?:found )?(\d+) (?:([a-z]+) severity )?vulnerabilit(?:y|ies)(?: \(([a-z0-9, ]+)\))?(?: in \d+ scanned packages?)?$/;
function createNpmAuditParser() {
    const json = new JsonCollector();
    let firstError;
    let textCounts;
    return {
        name: 'npm-audit',
        onLine(line) {
            json.add(line);
            const error = NPM_ERROR.exec(line);
            if (error) {
                if (!NPM_ERROR_NOISE.test(error[1]))
                    firstError ??= error[1];
                return;
            }
            const total = TEXT_TOTAL.exec(line.trim());
            if (total)
                textCounts = fromTextTotal(Number(total[1]), total[2], total[3]);
        },
        finish(process) {
            const report = json.parse();
            if (report && typeof report === 'object') {
                if (report.error) {
                    const detail = [report.error.code, report.error.summary || report.message?.split('\n')[0] || firstError].filter(Boolean).join(': ');
                    return auditProblem(`npm audit could not reach the advisory service: ${detail || 'unknown error'}`);
                }
                const severities = report.metadata?.vulnerabilities;
                if (severities && typeof severities === 'object')
                    return npm_audit_fromJson(severities, report.vulnerabilities ?? {});
            }
            // An `npm error` line beats any count: npm prints "found 0 vulnerabilities" only after a real audit.
            if (firstError)
                return auditProblem(`npm audit could not run: ${firstError}`);
            if (textCounts)
                return { kind: 'audit', counts: textCounts, findings: [] };
            return auditProblem(`npm audit could not run: no audit report in the output (exit ${process.exitCode ?? process.signal})`);
        }
    };
}
function npm_audit_fromJson(severities, vulnerabilities) {
    const tally = new AuditTally();
    for (const [severity, count] of Object.entries(severities)) {
        if (severity === 'total')
            continue;
        // A count we cannot read is not zero.
        const value = typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 1;
        tally.addVulnerabilities(severity === 'moderate' || severity === 'medium' ? 'moderate' : severity, value);
    }
    for (const [name, vulnerability] of Object.entries(vulnerabilities)) {
        tally.findings.push({ level: 'error', message: `${name}: ${vulnerability?.severity ?? 'unknown'} severity`, code: name });
    }
    return tally.toParsed();
}
function fromTextTotal(total, single, breakdown) {
    const counts = { bySeverity: {}, warnings: 0 };
    if (total === 0)
        return counts;
    if (single) {
        counts.bySeverity[single] = total;
        return counts;
    }
    let listed = 0;
    for (const part of (breakdown ?? '').split(',')) {
        const [count, severity] = part.trim().split(' ');
        if (!severity || Number.isNaN(Number(count)))
            continue;
        counts.bySeverity[severity] = (counts.bySeverity[severity] ?? 0) + Number(count);
        listed += Number(count);
    }
    if (listed < total)
        counts.bySeverity.unknown = total - listed;
    return counts;
}
const npmAudit = {
    name: 'npm-audit',
    detect(invocation) {
        if (invocation.program !== 'npm' && invocation.program !== 'pnpm')
            return false;
        return invocation.args.find((arg) => !arg.startsWith('-')) === 'audit';
    },
    create: createNpmAuditParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/vitest.ts




const FILES_LINE = /^\s*Test Files\s+/;
const vitest_TESTS_LINE = /^\s*Tests\s+(.+?)\s+\((\d+)\)$/;
const ERRORS_LINE = /^\s*(?:Type )?Errors\s+\d+ errors?/;
const START_LINE = /^\s*Start at\s/;
const vitest_SECTION = /^⎯+ (Failed Tests|Failed Suites|Unhandled Errors?) \d*\s*⎯+$/;
const SECTION_END = /^⎯+(?:\[\d+\/\d+\])?⎯*$/;
const FAIL_HEADER = /^\s*FAIL\s+(.+)$/;
// vitest's own words for a non-zero exit that no failing test explains.
const vitest_EXIT_CAUSE = /^(?:No test files found, exiting with code \d+|ERROR: Coverage for .+ does not meet .*threshold.*|Vitest caught \d+ unhandled errors? during the test run.*)$/;
const NO_TEST_FILES = /^No test files found/;
/** `1 failed | 9 passed | 2 skipped` with its total, only when the parts add up. */
function readVitestTests(parts, total) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const part of parts.split('|')) {
        const match = /^(\d+) ([a-z]+)$/.exec(part.trim());
        if (!match)
            return undefined;
        const value = Number(match[1]);
        if (match[2] === 'passed')
            counts.passed += value;
        else if (match[2] === 'failed')
            counts.failed += value;
        else if (['skipped', 'todo', 'pending'].includes(match[2]))
            counts.skipped += value;
        else
            return undefined;
    }
    return counts.passed + counts.failed + counts.skipped === total ? counts : undefined;
}
function createVitestReader(target, context) {
    // What the printed output says, kept apart: a report, when there is one, replaces it.
    const tally = new TestTally();
    const summaries = new RunSummaries();
    let previous = '';
    let section;
    let awaiting;
    let pending;
    return {
        onLine(line) {
            const before = previous;
            previous = line;
            // The block goes on with `Errors`, `Start at`, `Duration`: counts count once `Start at` follows.
            if (pending && !ERRORS_LINE.test(line)) {
                if (START_LINE.test(line))
                    summaries.push(pending);
                pending = undefined;
            }
            const tests = FILES_LINE.test(before) ? vitest_TESTS_LINE.exec(line) : null;
            const counts = tests ? readVitestTests(tests[1], Number(tests[2])) : undefined;
            if (counts) {
                pending = counts;
                return;
            }
            if (vitest_EXIT_CAUSE.test(line.trim())) {
                tally.addExitCause(line.trim());
                return;
            }
            const heading = vitest_SECTION.exec(line.trim());
            if (heading) {
                section = heading[1];
                awaiting = undefined;
                return;
            }
            if (SECTION_END.test(line.trim())) {
                if (awaiting?.kind === 'suite')
                    tally.addBrokenSuite(awaiting.file);
                awaiting = undefined;
                return;
            }
            const fail = section ? FAIL_HEADER.exec(line) : null;
            if (fail) {
                if (awaiting?.kind === 'suite')
                    tally.addBrokenSuite(awaiting.file);
                awaiting = undefined;
                if (section === 'Failed Suites') {
                    awaiting = { kind: 'suite', file: fail[1].replace(/ \[ .* \]$/, '').trim() };
                    return;
                }
                const [, ...titles] = fail[1].split(' > ');
                const name = titles.join(' > ');
                if (section === 'Failed Tests' && name && tally.addFailing(name))
                    awaiting = { kind: 'test', name };
                return;
            }
            if (awaiting?.kind === 'suite' && line.trim() !== '') {
                tally.addBrokenSuite(`${awaiting.file}: ${line.trim()}`);
                awaiting = undefined;
                return;
            }
            const frame = awaiting?.kind === 'test' ? stackFrameLocation(line) : undefined;
            if (frame && awaiting?.kind === 'test' && isProjectFrame(frame.file)) {
                tally.addLocation(awaiting.name, frame.file, frame.line, frame.column);
                awaiting = undefined;
            }
        },
        finish(artifacts) {
            if (awaiting?.kind === 'suite')
                tally.addBrokenSuite(awaiting.file);
            const report = artifacts?.report;
            if (report) {
                // The runner's stated cause for its exit is only in what it printed.
                if (tally.exitCause)
                    target.addExitCause(tally.exitCause);
                if (report.text !== undefined && readJestStyleReport(report.text, target, 'vitest'))
                    return;
                if (!report.tooLarge) {
                    failedReport(target, 'vitest', report);
                    return;
                }
            }
            summaries.addTo(tally, context);
            // "No test files found" prints no summary: no test ran, which is the run's result.
            if (summaries.count === 0 && tally.exitCause !== undefined && NO_TEST_FILES.test(tally.exitCause))
                tally.add(0, 0, 0);
            target.merge(tally);
        }
    };
}
function createVitestParser(context = { singleRun: false }) {
    return parserFromReaders('vitest', context, [createVitestReader]);
}
const VITEST_COMMANDS_WITHOUT_TESTS = new Set(['bench', 'list', 'init', 'typecheck', 'dev', 'watch']);
const VITEST_OWN_OUTPUT = /^--(?:outputFile|watch|ui|help|version|standalone)(?:[.=]|$)|^-[hvw]$|^--$/;
const vitest = {
    name: 'vitest',
    detect: (invocation) => isTool(invocation, 'vitest'),
    create: createVitestParser,
    adjustCommand(invocation, files) {
        const { args } = invocation;
        if (invocation.program !== 'vitest' || args.some((arg) => VITEST_OWN_OUTPUT.test(arg)))
            return undefined;
        const subcommand = args.find((arg) => !arg.startsWith('-'));
        if (subcommand && VITEST_COMMANDS_WITHOUT_TESTS.has(subcommand))
            return undefined;
        // Reporters named on the command line replace vitest.config's; only then is adding one harmless.
        if (!args.some((arg) => /^--reporter(?:=|$)/.test(arg)))
            return undefined;
        return { words: [...invocation.words, '--reporter=json', `--outputFile.json=${command_words_shellQuote(files.reportPath)}`] };
    }
};

;// CONCATENATED MODULE: ./src/gates/parsers/npm-test.ts





const ESLINT_SUMMARY = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)$/;
function createEslintReader(tally) {
    let errors;
    return {
        onLine(line) {
            const summary = ESLINT_SUMMARY.exec(line);
            if (summary && Number(summary[2]) > 0)
                errors ??= `eslint: ${line}`;
        },
        finish(_artifacts) {
            if (errors)
                tally.addExitCause(errors);
        }
    };
}
function createNpmTestParser(context = { singleRun: false }) {
    // Several runners may run in one script; a block from each is a run of its own.
    return parserFromReaders('npm-test', { ...context, singleRun: false }, [createNodeTestReader, createJestReader, createVitestReader, createMochaReader, createEslintReader]);
}
const NPM_TEST_SCRIPT = /^test(?::|$)/;
const npmTest = {
    name: 'npm-test',
    detect(invocation) {
        if (!['npm', 'pnpm', 'yarn'].includes(invocation.program))
            return false;
        const [first, second] = invocation.args.filter((arg) => !arg.startsWith('-'));
        if (first === 'test' || first === 't' || first === 'tst')
            return true;
        return (first === 'run' || first === 'run-script') && second !== undefined && NPM_TEST_SCRIPT.test(second);
    },
    create: createNpmTestParser
};

;// CONCATENATED MODULE: ./src/gates/parsers/index.ts












const PARSERS = {
    'cargo-test': cargoTest,
    'cargo-clippy': cargoClippy,
    'cargo-fmt': cargoFmt,
    'cargo-audit': cargoAudit,
    'npm-audit': npmAudit,
    'node-test': nodeTest,
    jest: jest,
    vitest: vitest,
    mocha: mocha,
    'npm-test': npmTest,
    'exit-code': exitCode
};
const DESCRIPTORS = Object.values(PARSERS);
/** A fresh parser; each keeps state for one run of one gate. */
function createParser(name, context = { singleRun: false }) {
    return PARSERS[name].create(context);
}
/**
 * The parser for a command, read from its text (see command-words.ts for how it is cut into simple
 * commands). Rule for chains: the LAST recognised tool decides (`cd api && cargo build && cargo
 * test` → cargo-test; `cargo fmt --check && cargo clippy` → cargo-clippy). Earlier steps are usually
 * set-up, and the output ends with the last tool's summary. Name `parser:` in the checklist to
 * choose otherwise. Anything unrecognised is judged by its exit code alone.
 */
function detectParser(command) {
    let detected = 'exit-code';
    for (const invocation of toolInvocations(command)) {
        const descriptor = DESCRIPTORS.find((candidate) => candidate.detect?.(invocation));
        if (descriptor)
            detected = descriptor.name;
    }
    return detected;
}
/**
 * The command as one plain run of the tool `name` reads, or undefined. Only then does the output
 * hold exactly one run of it, and only then may its command be adjusted.
 */
function soleRunOf(command, name) {
    const invocation = soleInvocation(command);
    return invocation && PARSERS[name].detect?.(invocation) ? invocation : undefined;
}

;// CONCATENATED MODULE: ./src/gates/parsers/plan.ts
/**
 * How a gate's output will be read, decided before it runs: which parser, whether the command is
 * one plain run of its tool, and whether that tool can also write a report to a file go-no-go owns.
 * The gate runner calls `planParsing` once, runs `plan.command`, feeds every line to
 * `plan.parser`, and asks `plan.finish` for the result; file access goes through `ReportFiles`.
 */



/** A report larger than this is not read; the parser falls back to what the tool printed. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
const REPORT_FILE = 'go-no-go-report';
/**
 * @param run the item's `run`, exactly as the checklist says it
 * @param chosen the item's `parser:`, when it names one
 * @param dir the gate's own scratch directory (the report and helper files go there)
 */
async function planParsing(run, chosen, dir, files = localFiles) {
    const name = chosen ?? detectParser(run);
    const sole = soleRunOf(run, name);
    const parser = createParser(name, { singleRun: sole !== undefined });
    const reportPath = external_node_path_default().join(dir, `${REPORT_FILE}-${name}`);
    const adjustment = sole ? PARSERS[name].adjustCommand?.(sole, { reportPath, dir }) : undefined;
    if (!adjustment)
        return { parser, command: run, finish: async (outcome) => parser.finish(outcome) };
    for (const [file, text] of Object.entries(adjustment.supportFiles ?? {}))
        await files.write(file, text);
    // Only what this run writes may be read as its report.
    await files.remove(reportPath);
    return {
        parser,
        command: adjustment.words.join(' '),
        reportPath,
        finish: async (outcome) => parser.finish(outcome, { report: await files.read(reportPath, MAX_REPORT_BYTES) })
    };
}
const localFiles = {
    write: (file, text) => (0,promises_namespaceObject.writeFile)(file, text, { mode: 0o600 }),
    remove: (file) => (0,promises_namespaceObject.rm)(file, { force: true }),
    async read(file, maxBytes) {
        const info = await (0,promises_namespaceObject.stat)(file).catch(() => undefined);
        if (!info)
            return { path: file, problem: 'no report file was written' };
        if (!info.isFile())
            return { path: file, problem: 'the report is not a regular file' };
        if (info.size === 0)
            return { path: file, problem: 'the report file is empty' };
        if (info.size > maxBytes)
            return { path: file, problem: `the report is larger than ${maxBytes} bytes`, tooLarge: true };
        const text = await (0,promises_namespaceObject.readFile)(file, 'utf8').catch(() => undefined);
        return text === undefined ? { path: file, problem: 'the report could not be read' } : { path: file, text };
    }
};

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/gates/capture.ts
/**
 * Bounded capture of a gate's output: memory stays flat however much it prints.
 * A head and a sliding tail are kept as text and every line goes to the parser; the raw bytes
 * go to a log file elsewhere (see process.ts).
 */

const DEFAULT_CAPTURE_LIMITS = { headChars: 16_384, tailChars: 16_384, maxLineChars: 65_536 };
class OutputCapture {
    onLine;
    limits;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    head = '';
    tail = '';
    partial = '';
    partialOverflowed = false;
    totalBytes = 0;
    totalLines = 0;
    charsKept = 0;
    droppedText = false;
    constructor(onLine, limits = DEFAULT_CAPTURE_LIMITS) {
        this.onLine = onLine;
        this.limits = limits;
    }
    push(chunk) {
        this.totalBytes += chunk.length;
        this.acceptText(this.decoder.write(chunk));
    }
    finish(logPath) {
        this.acceptText(this.decoder.end());
        if (this.partial.length > 0 || this.partialOverflowed)
            this.completeLine();
        const tail = trimTail(this.tail, this.limits.tailChars);
        return {
            head: this.head,
            tail,
            totalBytes: this.totalBytes,
            totalLines: this.totalLines,
            truncated: this.droppedText || this.head.length + tail.length < this.charsKept,
            ...(logPath ? { logPath } : {})
        };
    }
    acceptText(text) {
        let start = 0;
        while (start < text.length) {
            const newline = text.indexOf('\n', start);
            if (newline === -1) {
                this.appendPartial(text.slice(start));
                return;
            }
            this.appendPartial(text.slice(start, newline));
            this.completeLine();
            start = newline + 1;
        }
    }
    appendPartial(piece) {
        if (this.partialOverflowed) {
            this.droppedText = true;
            return;
        }
        const room = this.limits.maxLineChars - this.partial.length;
        if (piece.length > room) {
            this.partial += piece.slice(0, room);
            this.partialOverflowed = true;
            this.droppedText = true;
        }
        else {
            this.partial += piece;
        }
    }
    completeLine() {
        const line = this.partial.endsWith('\r') ? this.partial.slice(0, -1) : this.partial;
        const shown = this.partialOverflowed ? `${line} … [line cut]` : line;
        this.partial = '';
        this.partialOverflowed = false;
        this.totalLines++;
        this.keep(`${shown}\n`);
        this.onLine(line);
    }
    /** The head fills first; after that a tail window slides, trimmed in amortised O(1). */
    keep(text) {
        this.charsKept += text.length;
        if (this.head.length < this.limits.headChars) {
            const room = this.limits.headChars - this.head.length;
            this.head += text.slice(0, room);
            text = text.slice(room);
            if (text.length === 0)
                return;
        }
        this.tail += text;
        if (this.tail.length > this.limits.tailChars * 2) {
            this.tail = this.tail.slice(this.tail.length - this.limits.tailChars);
        }
    }
}
/** Trim a tail to its final size, starting at a line boundary where one is near. */
function trimTail(tail, maxChars) {
    if (tail.length <= maxChars)
        return tail;
    const cut = tail.slice(tail.length - maxChars);
    const firstNewline = cut.indexOf('\n');
    return firstNewline === -1 || firstNewline === cut.length - 1 ? cut : cut.slice(firstNewline + 1);
}

;// CONCATENATED MODULE: ./src/gates/process.ts
/**
 * Runs one gate command: its own process group, no stdin, a timeout that takes down the whole
 * tree, and output captured with bounded memory while the full text streams to a log file.
 */




/** How long to wait for stdio to close after the process exits: a grandchild may hold it open. */
const STDIO_DRAIN_MS = 1000;
/** On cancellation the runner kills everything 10 s after its SIGINT, so gates get less grace then. */
const CANCEL_GRACE_MS = 2000;
async function runProcess(request) {
    const started = Date.now();
    const capture = new OutputCapture(request.onLine, request.limits);
    const log = request.logPath ? (0,external_node_fs_namespaceObject.createWriteStream)(request.logPath) : undefined;
    const failedToStart = (message) => ({
        exitCode: null,
        signal: null,
        timedOut: false,
        cancelled: false,
        spawnError: message,
        durationMs: Date.now() - started,
        output: capture.finish()
    });
    const directory = await (0,promises_namespaceObject.stat)(request.cwd).catch(() => undefined);
    if (!directory?.isDirectory()) {
        await closeLog(log);
        return failedToStart(`working directory ${request.cwd} does not exist`);
    }
    if (request.signal?.aborted) {
        await closeLog(log);
        return { ...failedToStart('cancelled before start'), spawnError: undefined, cancelled: true };
    }
    const child = (0,external_node_child_process_namespaceObject.spawn)('/bin/sh', ['-c', request.command], {
        cwd: request.cwd,
        env: request.env,
        detached: true,
        // Node's typings know only three-element stdio tuples; a fourth entry is inherited as fd 3.
        stdio: ['ignore', 'pipe', 'pipe', ...(request.inheritFd === undefined ? [] : [request.inheritFd])]
    });
    let logBytes = 0;
    const maxLogBytes = request.maxLogBytes ?? 64 * 1024 * 1024;
    const accept = (stream) => (chunk) => {
        capture.push(chunk);
        if (!log || logBytes >= maxLogBytes)
            return;
        const room = maxLogBytes - logBytes;
        const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
        logBytes += piece.length;
        // Backpressure: a gate printing faster than the disk takes it waits, instead of our memory growing.
        if (!log.write(piece)) {
            stream.pause();
            log.once('drain', () => stream.resume());
        }
    };
    child.stdout.on('data', accept(child.stdout));
    child.stderr.on('data', accept(child.stderr));
    let timedOut = false;
    let cancelled = false;
    let killTimer;
    const stopGroup = () => {
        signalGroup(child.pid, 'SIGTERM');
        killTimer ??= setTimeout(() => signalGroup(child.pid, 'SIGKILL'), cancelled ? Math.min(request.killGraceMs, CANCEL_GRACE_MS) : request.killGraceMs);
    };
    const timeout = setTimeout(() => {
        timedOut = true;
        stopGroup();
    }, request.timeoutMs);
    const onAbort = () => {
        cancelled = true;
        stopGroup();
    };
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const result = await new Promise((resolve) => {
        child.once('error', (error) => resolve({ code: null, signal: null, error }));
        child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    clearTimeout(timeout);
    request.signal?.removeEventListener('abort', onAbort);
    await request.afterExit?.().catch(() => undefined);
    // The shell is gone; anything it left behind in its group (daemons, `(sleep 1000 &)`) goes too.
    signalGroup(child.pid, 'SIGKILL');
    if (killTimer)
        clearTimeout(killTimer);
    await drainOrDestroy([child.stdout, child.stderr], STDIO_DRAIN_MS);
    await closeLog(log);
    if (result.error)
        return failedToStart(result.error.message);
    return {
        exitCode: result.code,
        signal: result.signal,
        timedOut,
        cancelled,
        durationMs: Date.now() - started,
        output: capture.finish(request.logPath)
    };
}
function signalGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group is already gone.
    }
}
async function drainOrDestroy(streams, waitMs) {
    const open = streams.filter((stream) => !stream.destroyed && !stream.readableEnded);
    if (open.length === 0)
        return;
    await Promise.race([Promise.all(open.map((stream) => new Promise((resolve) => stream.once('close', resolve)))), new Promise((resolve) => setTimeout(resolve, waitMs))]);
    for (const stream of open)
        stream.destroy();
}
function closeLog(log) {
    if (!log)
        return Promise.resolve();
    return new Promise((resolve) => log.end(() => resolve()));
}

;// CONCATENATED MODULE: ./src/gates/gate-runner.ts
/** Turns one checklist item into a judged result: runs commands, checks evidence files, reads sign-offs. */









function createGateRunner(options) {
    return async (item) => {
        switch (item.kind) {
            case 'command':
                return runCommandGate(item, options);
            case 'file':
                return checkEvidenceFile(item, options.workspace);
            case 'manual':
                return readSignOff(item);
        }
    };
}
async function runCommandGate(item, options) {
    const cwd = external_node_path_default().resolve(options.workspace, item.workingDirectory);
    if (!isInside(options.workspace, cwd)) {
        return { id: item.id, status: 'error', summary: 'not run', reason: `working-directory ${item.workingDirectory} is outside the workspace`, durationMs: 0 };
    }
    const gateDir = external_node_path_default().join(options.scratchDir, item.id);
    await (0,promises_namespaceObject.mkdir)(gateDir, { recursive: true });
    // The parser, and the command: when it is one plain run of a tool, also writing that tool's report.
    const plan = await planParsing(item.run, item.parser, gateDir);
    const parser = plan.parser;
    const isolation = openIsolation(options.privateTempParent);
    const outcome = await runProcess({
        command: plan.command,
        cwd,
        env: buildChildEnv(options.parentEnv, item.env, isolation.place),
        inheritFd: isolation.markerFd,
        afterExit: isolation.stopLeftovers,
        timeoutMs: item.timeoutMs,
        killGraceMs: options.killGraceMs,
        signal: options.signal,
        logPath: external_node_path_default().join(gateDir, 'output.log'),
        onLine: (raw) => {
            const line = stripControl(raw);
            options.observeLine?.(line, item);
            parser.onLine(line);
        }
    }).catch(async (error) => {
        await isolation.close();
        throw error;
    });
    // Before the result exists: nothing the gate started may outlive it, or write after the run guards look.
    const closed = await isolation.close();
    options.onIsolationClosed?.(item, closed);
    const parsed = relativeFindings(await plan.finish(outcome), options.repositoryRoot ?? options.workspace, cwd);
    const judged = evaluateGate(item, outcome, parsed);
    return { id: item.id, ...judged, durationMs: outcome.durationMs, parser: parser.name, parsed, process: outcome, ...(closed.notes.length > 0 ? { notes: closed.notes } : {}) };
}
/** Tools print paths relative to where they ran, or absolute; annotations and links need them relative to the repository's root. */
function relativeFindings(parsed, repositoryRoot, cwd) {
    const findings = parsed.findings.map((finding) => {
        if (!finding.file)
            return finding;
        const absolute = external_node_path_default().resolve(cwd, finding.file);
        return isInside(repositoryRoot, absolute) ? { ...finding, file: external_node_path_default().relative(repositoryRoot, absolute) } : finding;
    });
    return { ...parsed, findings };
}
async function checkEvidenceFile(item, workspace) {
    const started = Date.now();
    const result = (status, summary, reason) => ({
        id: item.id,
        status,
        summary,
        ...(reason ? { reason } : {}),
        durationMs: Date.now() - started
    });
    const target = external_node_path_default().resolve(workspace, item.path);
    if (!isInside(workspace, target))
        return result('error', 'not checked', `${item.path} is outside the workspace`);
    const info = await (0,promises_namespaceObject.lstat)(target).catch(() => undefined);
    if (!info)
        return result('fail', 'missing', `${item.path} does not exist`);
    if (info.isSymbolicLink()) {
        const real = await (0,promises_namespaceObject.realpath)(target).catch(() => undefined);
        const realWorkspace = await (0,promises_namespaceObject.realpath)(workspace).catch(() => workspace);
        if (!real || !isInside(realWorkspace, real))
            return result('error', 'not checked', `${item.path} is a link that points outside the workspace`);
        const resolved = await (0,promises_namespaceObject.lstat)(real);
        return describeEvidence(resolved, item.path, result);
    }
    return describeEvidence(info, item.path, result);
}
function describeEvidence(info, shownPath, result) {
    if (!info.isFile())
        return result('fail', 'not a file', `${shownPath} is not a regular file`);
    if (info.size === 0)
        return result('fail', 'empty', `${shownPath} is empty`);
    return result('pass', 'file present');
}
function readSignOff(item) {
    const notes = item.note ? [item.note] : undefined;
    if (item.signedOff)
        return { id: item.id, status: 'pass', summary: 'signed off in the checklist', durationMs: 0, ...(notes ? { notes } : {}) };
    return { id: item.id, status: 'pending', summary: 'awaiting sign-off', reason: 'a person must sign off', durationMs: 0, ...(notes ? { notes } : {}) };
}
/**
 * Gates answered from an earlier run's results instead of being run: for sign-off events, whose
 * checkout is not the pull request. Without results, machine items are errors that say why.
 */
function createStoredGateRunner(stored, missingReason) {
    return async (item) => {
        if (item.kind === 'manual')
            return readSignOff(item);
        const result = stored?.get(item.id);
        if (result)
            return result;
        return { id: item.id, status: 'error', summary: 'not re-checked', reason: missingReason, durationMs: 0 };
    };
}

;// CONCATENATED MODULE: ./src/report/format.ts



/** Status marks in Markdown (emoji render the same in light and dark themes). */
const STATUS_ICONS = { pass: '✅', fail: '❌', error: '⚠️', pending: '⏳', cancelled: '⏹️' };
/** Status marks in a terminal: one narrow character each, so columns line up. */
const TERMINAL_SYMBOLS = { pass: '✔', fail: '✘', error: '!', pending: '…', cancelled: '■' };
const DECISION_ICONS = { go: '🟢', 'conditional-go': '🟡', 'no-go': '🔴' };
const CANCELLED_LABEL = 'CANCELLED — NO-GO';
const CANCELLED_ICON = '⏹️';
/** What a status means, in words, as the reason lists say it. */
const STATUS_WORDS = {
    pass: 'passed',
    fail: 'failed',
    error: 'could not be checked',
    pending: 'awaiting sign-off',
    cancelled: 'not finished'
};
const EVIDENCE_ICONS = { verified: '🤖', ticked: '☑️', signed: '✍️' };
const EVIDENCE_LABELS = {
    verified: 'verified by a tool',
    ticked: 'ticked in the checklist',
    signed: 'signed on the pull request'
};
/** Fixed order for every list and table of evidence: strongest first. */
const EVIDENCE_ORDER = ['verified', 'ticked', 'signed'];
/** How the pass of `item` was known; undefined when it did not pass. */
function passEvidence(item, result) {
    if (result.status !== 'pass')
        return undefined;
    if (item.kind !== 'manual')
        return 'verified';
    return item.signedOff ? 'ticked' : 'signed';
}
/** "1,024": every number a person reads is grouped the same way. */
function formatNumber(value) {
    return value.toLocaleString('en-US');
}
/** "7 passed · 1 failed · 1 error · 2 pending"; zero counts other than passed are left out. */
function formatCounts(counts) {
    return [
        `${formatNumber(counts.passed)} passed`,
        counts.failed ? `${formatNumber(counts.failed)} failed` : '',
        counts.errored ? plural(counts.errored, 'error') : '',
        counts.pending ? `${formatNumber(counts.pending)} pending` : '',
        counts.cancelled ? `${formatNumber(counts.cancelled)} cancelled` : ''
    ]
        .filter(Boolean)
        .join(' · ');
}
/** "NO-GO", or "CANCELLED — NO-GO" when the run was stopped: a cancelled run never reads as a plain verdict. */
function decisionLabel(decision, cancelled) {
    return cancelled ? CANCELLED_LABEL : DECISION_LABELS[decision];
}
/** The verdict with its icon, for Markdown headings. */
function decisionHeading(decision, cancelled) {
    return `${cancelled ? CANCELLED_ICON : DECISION_ICONS[decision]} ${decisionLabel(decision, cancelled)}`;
}
/** "Security: 1 of 4 signed". */
function signedCount(signed, total) {
    return `${formatNumber(signed)} of ${formatNumber(total)} signed`;
}
/** A result's duration as shown beside it; manual items took no machine time, so they show none. */
function itemDuration(item, result) {
    return item.kind === 'manual' ? undefined : formatDuration(result.durationMs);
}

;// CONCATENATED MODULE: ./src/text/redact.ts
/**
 * Secrets never reach a report surface. The runner masks its log, but not API bodies (the PR
 * comment, the check run), and only exact strings: so redaction happens here, for every surface.
 */
const REDACTED = '***';
/** Values shorter than this would blank out ordinary words and numbers everywhere. */
const MIN_SECRET_LENGTH = 4;
/**
 * Token shapes worth redacting even when nobody told us the value. No nested quantifiers and no
 * upper bound to back-track from: each runs in linear time. No `\b` either, so a token glued to
 * other word characters (`TOKEN_ghp_…`, `ghp_…_suffix`) is still found.
 */
const TOKEN_PATTERNS = [/gh[pousr]_[A-Za-z0-9]{36,}/g, /github_pat_[A-Za-z0-9_]{22,}/g, /(?:AKIA|ASIA)[0-9A-Z]{16}/g, /npm_[A-Za-z0-9]{36,}/g];
function createRedactor(initialSecrets = []) {
    const secrets = new Set();
    let ordered = [];
    const remember = (value) => {
        if (value.length < MIN_SECRET_LENGTH || secrets.has(value))
            return;
        secrets.add(value);
        // Longest first, so a secret that contains another is hidden whole.
        ordered = [...secrets].sort((a, b) => b.length - a.length);
    };
    const add = (secret) => {
        remember(secret.trim());
        // The runner masks a multi-line secret line by line; output may show any one line of it.
        if (secret.includes('\n'))
            for (const line of secret.split(/\r?\n/))
                remember(line.trim());
    };
    for (const secret of initialSecrets)
        add(secret);
    return {
        add,
        redact(text) {
            let out = text;
            for (const secret of ordered)
                if (out.includes(secret))
                    out = out.split(secret).join(REDACTED);
            for (const pattern of TOKEN_PATTERNS)
                out = out.replace(pattern, REDACTED);
            return redactPrivateKeys(out);
        }
    };
}
const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';
/** How far a PEM label may run ("ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK"). */
const MAX_LABEL = 60;
/**
 * Replaces every PEM private key block with `***`. A block with no END (output cut off) is hidden
 * to the end; an END with no BEGIN (an excerpt that starts inside a key) hides the base64 lines
 * just before it. Hand-written with indexOf so it stays linear.
 */
function redactPrivateKeys(text) {
    if (!text.includes('PRIVATE KEY'))
        return text;
    let out = '';
    let position = 0;
    // Each marker is searched for again only once the scan has passed it, which keeps this linear.
    let begin = findKeyMarker(text, BEGIN, 0);
    let end = findKeyMarker(text, END, 0);
    const refresh = () => {
        if (begin && begin.start < position)
            begin = findKeyMarker(text, BEGIN, position);
        if (end && end.start < position)
            end = findKeyMarker(text, END, position);
    };
    while (begin || end) {
        if (begin && (!end || begin.start < end.start)) {
            out += text.slice(position, begin.start) + REDACTED;
            position = end ? end.stop : text.length;
        }
        else if (end) {
            // An END before any BEGIN: the key started before this text did.
            out += backOverKeyLines(text.slice(position, end.start)) + REDACTED;
            position = end.stop;
        }
        refresh();
    }
    return out + text.slice(position);
}
/** Finds `-----BEGIN … PRIVATE KEY…-----` (or END) at or after `from`. */
function findKeyMarker(text, marker, from) {
    let at = text.indexOf(marker, from);
    while (at !== -1) {
        const labelStart = at + marker.length;
        // Only a short label is looked at, so a marker with no closing dashes costs a constant.
        const label = text.slice(labelStart, labelStart + MAX_LABEL + DASHES.length);
        const close = label.indexOf(DASHES);
        if (close !== -1 && label.slice(0, close).includes('PRIVATE KEY') && !label.slice(0, close).includes('\n')) {
            return { start: at, stop: labelStart + close + DASHES.length };
        }
        at = text.indexOf(marker, labelStart);
    }
    return undefined;
}
/** Drops the trailing lines of `before` that look like key material (base64, PEM headers, blank). */
function backOverKeyLines(before) {
    const lines = before.split('\n');
    // The last element is the text on the END line before the marker.
    let keep = lines.length;
    while (keep > 0 && /^[A-Za-z0-9+/=: ,-]*$/.test(lines[keep - 1].trim()))
        keep--;
    if (keep === lines.length)
        return before;
    return keep === 0 ? '' : `${lines.slice(0, keep).join('\n')}\n`;
}
/**
 * A gate that prints `::add-mask::value` wants that value hidden. Its output reaches the runner
 * between stop-commands markers, so the runner will not mask it: we do, on every surface we write.
 */
function learnMaskedValue(line, redactor) {
    const marker = '::add-mask::';
    const at = line.indexOf(marker);
    if (at !== -1)
        redactor.add(line.slice(at + marker.length).trim());
}

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The JSON report (the action's `report` file, `npx go-no-go --format json`): a stable shape for
 * other tools. Every key is always present (null when it does not apply), so consumers need no
 * guessing; text is stripped of control characters and redacted, never HTML-escaped.
 */




const JSON_REPORT_VERSION = 1;
/** Bounds on lists copied from tool output; the totals say how many there were. */
const MAX_JSON_FINDINGS = 100;
const MAX_JSON_FAILING_TESTS = 100;
/** The report as plain data, ready for JSON.stringify. */
function toJsonReport(report, redactor = createRedactor()) {
    const clean = (value) => redactor.redact(stripControl(value));
    const cleanOptional = (value) => (value === undefined ? undefined : clean(value));
    return {
        schemaVersion: JSON_REPORT_VERSION,
        decision: report.verdict.decision,
        title: clean(report.checklist.title),
        checklist: clean(report.checklist.path),
        format: report.checklist.format,
        startedAt: report.startedAt,
        durationMs: report.durationMs,
        cancelled: report.cancelled,
        counts: { ...report.verdict.counts },
        reasons: report.verdict.reasons.map(clean),
        runProblems: report.verdict.runProblems.map((problem) => ({ code: problem.code, message: clean(problem.message) })),
        runUrl: report.runUrl ?? null,
        items: allItems(report.checklist).map((item) => {
            const result = report.results.get(item.id);
            const parsed = result?.parsed;
            const process = result?.process;
            const failingTests = parsed?.kind === 'tests' ? parsed.failingTests : [];
            const findings = parsed?.findings ?? [];
            return {
                id: item.id,
                title: clean(item.title),
                section: clean(item.section),
                severity: item.severity,
                kind: item.kind,
                command: item.kind === 'command' ? clean(item.run) : null,
                source: item.source ? { ...item.source } : null,
                // An item without a result was never judged: it is an error, never a pass.
                status: result?.status ?? 'error',
                passedBy: result ? (passEvidence(item, result) ?? null) : null,
                summary: clean(result?.summary ?? 'no result'),
                reason: result ? (result.reason === undefined ? null : clean(result.reason)) : 'the gate produced no result',
                durationMs: result?.durationMs ?? 0,
                parser: result?.parser ?? null,
                counts: parsed && 'counts' in parsed && parsed.counts ? copyCounts(parsed.counts, clean) : null,
                failingTests: failingTests.slice(0, MAX_JSON_FAILING_TESTS).map(clean),
                failingTestsTotal: failingTests.length,
                findings: findings.slice(0, MAX_JSON_FINDINGS).map((finding) => ({
                    ...finding,
                    message: clean(finding.message),
                    ...(finding.file !== undefined ? { file: cleanOptional(finding.file) } : {}),
                    ...(finding.code !== undefined ? { code: cleanOptional(finding.code) } : {})
                })),
                findingsTotal: findings.length,
                exitCode: process?.exitCode ?? null,
                signal: process?.signal ?? null,
                timedOut: process?.timedOut ?? false,
                outputBytes: process?.output.totalBytes ?? 0,
                logPath: process?.output.logPath ?? null,
                notes: (result?.notes ?? []).map(clean)
            };
        })
    };
}
/** File names in format counts come from tool output too. */
function copyCounts(counts, clean) {
    if ('files' in counts)
        return { files: counts.files.map(clean) };
    return structuredClone(counts);
}

;// CONCATENATED MODULE: ./src/report/budget.ts
/**
 * Fitting a report into a surface's limit: comment 65,536 chars, check-run text 65,535 chars, job
 * summary 1 MiB in bytes. The report is a list of blocks with priorities; when it is too big the
 * least important go first, shortened entry by entry, always at a line boundary, with open code
 * fences and <details> closed, and the reader is told what was left out.
 */

const COMMENT_MAX_CHARS = 65_536;
const CHECK_RUN_TEXT_MAX_CHARS = 65_535;
const JOB_SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
function measure(text, unit) {
    return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/**
 * Joins the blocks (a blank line between them), keeping within `limit`. The most important blocks
 * are placed first; each keeps its head and as many entries as fit, full where room allows and
 * short otherwise, in order, so the first failures are the ones shown in full.
 */
function fitBlocks(blocks, options) {
    const { limit, unit } = options;
    const size = (lines) => lines.reduce((total, line) => total + measure(line, unit) + 1, 0);
    const whole = blocks.map((block) => blockLines(block, block.entries.map((entry) => entry.lines)));
    const wholeText = joinBlocks(whole);
    if (measure(wholeText, unit) <= limit)
        return wholeText;
    const omitted = new Map();
    const shortened = new Map();
    const count = (map, noun, by = 1) => map.set(noun, (map.get(noun) ?? 0) + by);
    for (const block of blocks)
        for (const entry of block.entries)
            count(omitted, entry.noun);
    // The note's size is known only at the end; keep back room for a generous one.
    const sampleNote = options.omissionNote(new Map([...omitted.keys()].map((noun) => [noun, 9_999_999])), new Map([...omitted.keys()].map((noun) => [noun, 9_999_999])));
    let room = limit - size(sampleNote) - 2;
    omitted.clear();
    const kept = blocks.map(() => undefined);
    const order = blocks.map((block, index) => ({ block, index })).sort((a, b) => a.block.priority - b.block.priority || a.index - b.index);
    for (const { block, index } of order) {
        const fullSize = size(whole[index]) + 1;
        if (fullSize <= room) {
            kept[index] = whole[index];
            room -= fullSize;
            continue;
        }
        const fitted = fitEntries(block, room - 1, size);
        for (const [noun, number] of fitted.omitted)
            count(omitted, noun, number);
        for (const [noun, number] of fitted.shortened)
            count(shortened, noun, number);
        if (fitted.lines) {
            kept[index] = fitted.lines;
            room -= size(fitted.lines) + 1;
        }
    }
    let text = joinBlocks(kept.filter((lines) => lines !== undefined));
    if (omitted.size > 0 || shortened.size > 0)
        text += `\n${options.omissionNote(omitted, shortened).join('\n')}\n`;
    // Only a headline bigger than the whole limit gets here; cut it rather than break the surface.
    return measure(text, unit) <= limit ? text : truncateMarkdown(text, limit, unit);
}
function blockLines(block, entries) {
    const lines = [...(block.head ?? []), ...entries.flat(), ...(block.tail ?? [])];
    // Blocks are joined with one blank line; a block's own trailing blanks would only double it.
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function joinBlocks(blocks) {
    return blocks.map((lines) => `${lines.join('\n')}\n`).join('\n');
}
/**
 * Chooses how many entries to show (each at least in its short form), then upgrades them to the
 * full form in order while room remains. Entries left out are counted by noun.
 */
function fitEntries(block, room, size) {
    const omitted = new Map();
    const shortened = new Map();
    const count = (map, noun) => map.set(noun, (map.get(noun) ?? 0) + 1);
    const cutNote = (left) => [...(block.blankBeforeNote ? [''] : []), `_… ${left.toLocaleString('en-US')} more not shown_`];
    const fixed = size([...(block.head ?? []), ...(block.tail ?? [])]) + size(cutNote(block.entries.length));
    const shortSizes = block.entries.map((entry) => size(entry.short ?? entry.lines));
    const fullSizes = block.entries.map((entry) => size(entry.lines));
    let used = fixed;
    let shown = 0;
    const chosen = [];
    // The first entries in full while they fit, then every later one at least short, then upgrades in order.
    while (shown < Math.min(block.keepFull ?? 0, block.entries.length) && used + fullSizes[shown] <= room) {
        used += fullSizes[shown];
        chosen.push(block.entries[shown++].lines);
    }
    const firstShort = shown;
    while (shown < block.entries.length && used + shortSizes[shown] <= room)
        used += shortSizes[shown++];
    let upgrading = true;
    for (let index = firstShort; index < shown; index++) {
        const entry = block.entries[index];
        const extra = fullSizes[index] - shortSizes[index];
        if (upgrading && used + extra <= room) {
            used += extra;
            chosen.push(entry.lines);
        }
        else {
            // Once one entry is short, the rest are too: the full ones stay the first ones.
            upgrading = false;
            chosen.push(entry.short ?? entry.lines);
            if (entry.short)
                count(shortened, entry.noun);
        }
    }
    for (const entry of block.entries.slice(shown))
        count(omitted, entry.noun);
    if (shown === 0)
        return { omitted, shortened };
    const left = block.entries.length - shown;
    const lines = blockLines(block, chosen);
    if (left > 0) {
        const tailLength = block.tail?.length ?? 0;
        lines.splice(lines.length - tailLength, 0, ...cutNote(left));
    }
    return { lines, omitted, shortened };
}
/**
 * Last resort for text that must be cut anywhere: keeps whole lines up to `limit` (a single line
 * longer than the limit is cut without splitting a surrogate pair), then closes any open code
 * fence and <details> so the rest of the page still renders.
 */
function truncateMarkdown(text, limit, unit) {
    if (measure(text, unit) <= limit)
        return text;
    const marker = '_… cut to fit_';
    const ending = (state) => measure(`${state.closers().join('\n')}\n${marker}\n`, unit);
    const kept = [];
    let state = new OpenBlocks();
    let used = 0;
    for (const line of text.split('\n')) {
        const next = state.after(line);
        const lineSize = measure(line, unit) + 1;
        if (used + lineSize + ending(next) > limit) {
            // Lines are cut only when the very first one alone is over the limit.
            const partial = kept.length === 0 ? sliceToSize(line, limit - used - ending(next) - 1, unit) : '';
            if (partial.length > 0) {
                kept.push(partial);
                state = state.after(partial);
            }
            break;
        }
        kept.push(line);
        used += lineSize;
        state = next;
    }
    const result = [...kept, ...state.closers(), marker].join('\n') + '\n';
    // Closers are tiny, but a limit smaller than them can only be met by cutting them too.
    return measure(result, unit) <= limit ? result : sliceToSize(result, limit, unit);
}
/** Which code fence and how many <details> are open after some lines; immutable, so trying a line is cheap. */
class OpenBlocks {
    fence;
    details;
    constructor(fence = undefined, details = 0) {
        this.fence = fence;
        this.details = details;
    }
    after(line) {
        if (this.fence !== undefined)
            return isFenceClose(line, this.fence) ? new OpenBlocks(undefined, this.details) : this;
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (open)
            return new OpenBlocks(open[1], this.details);
        const change = countOf(line, '<details') - countOf(line, '</details>');
        return change === 0 ? this : new OpenBlocks(undefined, Math.max(0, this.details + change));
    }
    closers() {
        const closers = [];
        if (this.fence !== undefined)
            closers.push(this.fence);
        for (let index = 0; index < this.details; index++)
            closers.push('', '</details>');
        return closers;
    }
}
/** What must follow `lines` to close an open code fence and every open <details>. */
function closersFor(lines) {
    let state = new OpenBlocks();
    for (const line of lines)
        state = state.after(line);
    return state.closers();
}
function isFenceClose(line, fence) {
    const trimmed = line.trim();
    if (trimmed.length < fence.length)
        return false;
    for (let index = 0; index < trimmed.length; index++)
        if (trimmed[index] !== fence[0])
            return false;
    return true;
}
function countOf(line, needle) {
    let count = 0;
    let at = line.indexOf(needle);
    while (at !== -1) {
        count++;
        at = line.indexOf(needle, at + needle.length);
    }
    return count;
}
/** The longest prefix of `text` within `max` units, never ending inside a surrogate pair. */
function sliceToSize(text, max, unit) {
    if (measure(text, unit) <= max)
        return text;
    if (unit === 'chars')
        return sliceSafe(text, max);
    // Bytes: at most 3 bytes per UTF-16 unit, so a binary search over the char length is short.
    let low = 0;
    let high = Math.min(text.length, max);
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (Buffer.byteLength(sliceSafe(text, middle), 'utf8') <= max)
            low = middle;
        else
            high = middle - 1;
    }
    return sliceSafe(text, low);
}

;// CONCATENATED MODULE: ./src/report/excerpt.ts

/** Longer lines are cut in every excerpt. */
const MAX_EXCERPT_LINE = 500;
/** Lines of an assertion message shown under a failing test. */
const MAX_CONTEXT_LINES = 8;
const MAX_CONTEXT_LINE = 200;
/**
 * The last lines of what a gate printed. The head and tail are contiguous unless the capture was
 * truncated, so they are joined when they can be. The window is cut at a line boundary before
 * `clean` (which redacts), so no token is split where the redactor could no longer recognise it.
 */
function tailExcerpt(output, maxLines, maxChars, clean) {
    const joined = output.truncated ? output.tail || output.head : output.head + output.tail;
    let window = joined;
    const windowChars = maxChars * 4;
    if (joined.length > windowChars) {
        window = joined.slice(joined.length - windowChars);
        const newline = window.indexOf('\n');
        window = newline === -1 ? '' : window.slice(newline + 1);
    }
    const all = clean(window).replace(/\n+$/, '').split('\n');
    const kept = [];
    let size = 0;
    for (let index = all.length - 1; index >= 0 && kept.length < maxLines; index--) {
        const line = all[index].length > MAX_EXCERPT_LINE ? `${sliceSafe(all[index], MAX_EXCERPT_LINE)} …` : all[index];
        if (size + line.length + 1 > maxChars)
            break;
        kept.unshift(line);
        size += line.length + 1;
    }
    return { text: kept.join('\n'), shown: kept.length };
}
/** The output as cleaned lines, searched once per gate for every failing test. */
function outputLines(output, clean) {
    if (!output || output.totalBytes === 0)
        return [];
    // A truncated capture has a gap between head and tail: never join across it, or lines would merge.
    const text = output.truncated ? `${output.head}${output.head.endsWith('\n') ? '' : '\n'}${output.tail}` : output.head + output.tail;
    return clean(text).split('\n');
}
/** Lines that start a test's failure report, by tool: a header names the test. */
function isHeaderFor(line, name) {
    const trimmed = line.trim();
    return (
    // cargo test: thread 'tests::x' (123) panicked at src/lib.rs:21:9:
    (trimmed.startsWith(`thread '${name}'`) && trimmed.includes(' panicked at ')) ||
        // jest / vitest: ● suite › name
        trimmed === `● ${name}` ||
        // node --test, spec reporter: ✖ name (1.2ms)
        trimmed === `✖ ${name}` ||
        trimmed.startsWith(`✖ ${name} (`) ||
        // TAP: not ok 2 - name
        (trimmed.startsWith('not ok ') && trimmed.endsWith(` - ${name}`)));
}
/** Where an assertion message ends: a stack trace, a code frame, the next test, a summary. */
const STOP = [
    /^stack backtrace:$/,
    /^note: /,
    /^at /,
    /^stack: /,
    /^>?\s*\d+ \|/,
    /^\.\.\.$/,
    /^----? /,
    /^(?:failures|successes):$/,
    /^test result:/,
    /^(?:thread '|● |✖ |not ok |ok \d|test |# (?:Subtest|tests|pass|fail))/,
    /^ℹ /
];
/** TAP diagnostics that say nothing about the assertion. */
const SKIP = [/^---$/, /^duration_ms: /, /^location: /, /^failureType: /, /^code: '/, /^name: '/];
/**
 * The message under a failing test's header: for cargo the assertion and its left/right values,
 * for jest Expected/Received, for node's runner the AssertionError and its operands. Empty when
 * the output does not show the test's header.
 */
function assertionContext(lines, testName) {
    const start = lines.findIndex((line) => isHeaderFor(line, testName));
    if (start === -1)
        return [];
    const kept = [];
    for (let index = start + 1; index < lines.length && kept.filter((line) => line.trim() !== '').length < MAX_CONTEXT_LINES; index++) {
        const trimmed = lines[index].trim();
        if (STOP.some((pattern) => pattern.test(trimmed)))
            break;
        if (SKIP.some((pattern) => pattern.test(trimmed)))
            continue;
        // Blank lines only separate; one is enough.
        if (trimmed === '' && (kept.length === 0 || kept.at(-1)?.trim() === ''))
            continue;
        kept.push(lines[index].length > MAX_CONTEXT_LINE ? `${sliceSafe(lines[index], MAX_CONTEXT_LINE)} …` : lines[index]);
    }
    while (kept.length > 0 && kept.at(-1)?.trim() === '')
        kept.pop();
    return dedent(kept);
}
function dedent(lines) {
    const indents = lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
    const common = indents.length > 0 ? Math.min(...indents) : 0;
    return lines.map((line) => line.slice(Math.min(common, line.length - line.trimStart().length)));
}

;// CONCATENATED MODULE: ./src/report/links.ts
/**
 * Links from a finding's file:line to that line at the pull request's head commit. Tools print
 * paths relative to where the gate ran, or absolute; a link is made only for a path that stays
 * inside the repository, and every part of the URL that came from output is percent-encoded, so
 * gate output can neither point a link elsewhere nor break out of it.
 */

/** A repository-relative path (POSIX) for `file` printed by a gate that ran in `workingDirectory`; undefined when it leaves the repository. */
function repositoryPath(file, workingDirectory, workspace) {
    const posix = file.replace(/\\/g, '/');
    let relative;
    if (external_node_path_default().posix.isAbsolute(posix)) {
        if (!workspace)
            return undefined;
        relative = external_node_path_default().posix.relative(workspace.replace(/\\/g, '/'), posix);
    }
    else {
        relative = external_node_path_default().posix.join(workingDirectory.replace(/\\/g, '/') || '.', posix);
    }
    relative = external_node_path_default().posix.normalize(relative);
    if (relative === '.' || relative === '' || relative.startsWith('../') || relative === '..' || external_node_path_default().posix.isAbsolute(relative))
        return undefined;
    return relative;
}
/** The blob URL of `repoPath` at line `line`, or undefined when the links settings are unusable. */
function blobUrl(links, repoPath, line) {
    const base = links.repositoryUrl.replace(/\/+$/, '');
    // Only a plain https URL and a hex SHA: these come from the event, but a link is not worth a doubt.
    if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~-]+)*$/.test(base) || !/^[0-9a-f]{7,64}$/.test(links.headSha))
        return undefined;
    const encoded = repoPath
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
    const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
    return `${base}/blob/${links.headSha}/${encoded}${anchor}`;
}

;// CONCATENATED MODULE: ./src/report/outline.ts
/**
 * What a report says, in the order a person needs it, before any surface decides how it looks:
 * the verdict, what blocks it, what is only a warning, a roll-up per section, and what passed.
 * Every item is placed exactly once. Pure: a run report in, plain data out.
 */


const PROBLEM_ORDER = { fail: 0, error: 1, cancelled: 2, pending: 3, pass: 4 };
/** Places every item of the report once, most important first. */
function outlineReport(report) {
    const { verdict, checklist } = report;
    const items = allItems(checklist);
    const resultOf = (item) => report.results.get(item.id) ?? missingResult(item);
    const views = items.map((item) => ({ item, result: resultOf(item) }));
    const concern = (severity) => {
        const mine = views.filter((view) => view.item.severity === severity && view.result.status !== 'pass');
        const gates = mine.filter((view) => view.result.status !== 'pending').sort((a, b) => PROBLEM_ORDER[a.result.status] - PROBLEM_ORDER[b.result.status]);
        return { gates, signoffs: signoffGroups(views, severity), general: [] };
    };
    const blocking = concern('blocking');
    const warnings = concern('warning');
    const general = generalReasons(report, views);
    if (verdict.decision === 'no-go')
        blocking.general.push(...general);
    else
        warnings.general.push(...general);
    // Fail closed in the presentation too: a verdict that is not GO always shows why, even if no item explains it.
    const target = verdict.decision === 'no-go' ? blocking : verdict.decision === 'conditional-go' ? warnings : undefined;
    if (target && isEmpty(target) && verdict.runProblems.length === 0)
        target.general.push(...verdict.reasons);
    const passedOf = (sectionItems) => sectionItems.flatMap((item) => {
        const result = resultOf(item);
        const evidence = passEvidence(item, result);
        return evidence ? [{ item, result, evidence }] : [];
    });
    const passed = checklist.sections.map((section) => ({ title: section.title, items: passedOf(section.items) })).filter((section) => section.items.length > 0);
    return {
        title: checklist.title,
        decision: verdict.decision,
        cancelled: report.cancelled,
        counts: verdict.counts,
        runProblems: verdict.runProblems,
        blocking,
        warnings,
        informational: views.filter((view) => view.item.severity === 'info' && view.result.status !== 'pass'),
        sections: checklist.sections.filter((section) => section.items.length > 0).map((section) => rollup(section.title, section.items, resultOf)),
        passed,
        passedBy: tally(passed.flatMap((section) => section.items.map((view) => view.evidence))),
        afterGo: [],
        signoffTrail: report.signoffs ?? []
    };
}
function isEmpty(concern) {
    return concern.gates.length === 0 && concern.signoffs.length === 0 && concern.general.length === 0;
}
/** Pending manual items of one severity, by section; the counts include those already signed. */
function signoffGroups(views, severity) {
    const groups = new Map();
    for (const view of views) {
        if (view.item.severity !== severity || (view.item.kind !== 'manual' && view.result.status !== 'pending'))
            continue;
        const group = groups.get(view.item.section) ?? { section: view.item.section, pending: [], signed: 0, total: 0 };
        groups.set(view.item.section, group);
        group.total++;
        if (view.result.status === 'pass')
            group.signed++;
        if (view.result.status === 'pending')
            group.pending.push(view);
    }
    return [...groups.values()].filter((group) => group.pending.length > 0);
}
/**
 * Reasons of the verdict that no item or run problem accounts for. The verdict writes an item's
 * reason as "id: …", so those are recognised by the ids of the items that did not pass.
 */
function generalReasons(report, views) {
    const problems = new Set(report.verdict.runProblems.map((problem) => problem.message));
    const prefixes = views.filter((view) => view.result.status !== 'pass' && view.item.severity !== 'info').map((view) => `${view.item.id}: `);
    return report.verdict.reasons.filter((reason) => !problems.has(reason) && !prefixes.some((prefix) => reason.startsWith(prefix)));
}
function rollup(title, items, resultOf) {
    const evidence = [];
    let failed = 0;
    let pending = 0;
    for (const item of items) {
        const result = resultOf(item);
        const known = passEvidence(item, result);
        if (known)
            evidence.push(known);
        else if (result.status === 'pending')
            pending++;
        else
            failed++;
    }
    return { title, passed: evidence.length, failed, pending, passedBy: tally(evidence) };
}
function tally(evidence) {
    const counts = Object.fromEntries(EVIDENCE_ORDER.map((kind) => [kind, 0]));
    for (const kind of evidence)
        counts[kind]++;
    return counts;
}
/** An item with no result was never judged: it is an error, never a pass. */
function missingResult(item) {
    return { id: item.id, status: 'error', summary: 'no result', reason: 'the gate produced no result', durationMs: 0 };
}

;// CONCATENATED MODULE: ./src/report/markdown.ts







/** Failing gates shown with full details; beyond this they get one line each. */
const MAX_DETAILED_GATES = 50;
/** However many gates failed, the first ones keep their details when the report must shrink. */
const KEEP_FULL_FAILURES = 5;
/** Failing tests of one gate listed by name, and how many of them get their assertion shown. */
const MAX_LIST_ENTRIES = 20;
const MAX_ASSERTIONS_SHOWN = 5;
/** A section's pending sign-offs are unfolded when the whole concern has this few. */
const MAX_OPEN_SIGNOFFS = 5;
/**
 * Output excerpts: the tail of the output, bounded by lines and characters. Shorter when the
 * failing tests or findings already say what went wrong, longer when the output is the evidence.
 */
const EXCERPT_WITH_DETAILS = { lines: 12, chars: 1_200 };
const EXCERPT_ALONE = { lines: 30, chars: 3_000 };
const MAX_PROSE = 300;
const MAX_SHORT = 120;
/** The verdict heading and a blocker's first line are short, so both stay on the first screen whatever a title or reason says. */
const MAX_HEADLINE_REASON = 200;
const MAX_NOTE = 160;
const MAX_WHY = 1_000;
/** Inline code (a test name, a command, a path) is cut here: a 50,000-character test name is still one line. */
const MAX_CODE = 300;
/**
 * Renders the report as GitHub Markdown. With `maxLength`, the result fits it: the verdict and
 * what blocks it are kept first, then warnings, the roll-up and the folded lists, and a closing
 * note says what was left out.
 */
function renderMarkdown(report, options = {}) {
    const redactor = options.redactor ?? createRedactor();
    const plain = (value) => redactor.redact(stripControl(value));
    const text = {
        plain,
        prose: (value, max = MAX_PROSE) => safeInline(clip(plain(value), max)),
        html: (value) => safeHtmlText(clip(plain(value), MAX_PROSE)),
        code: (value, inTable) => codeSpan(clip(plain(value), MAX_CODE), { inTable })
    };
    const context = { text, boxes: options.signoffBoxes ?? false, ...(options.links ? { links: options.links } : {}) };
    const outline = outlineReport(report);
    const blocks = [headline(outline, text)];
    const instructions = { shown: false };
    blocks.push(...concernBlocks(outline, 'blocking', context, instructions));
    blocks.push(...concernBlocks(outline, 'warnings', context, instructions));
    // A run stopped before any item was judged has no sections to roll up.
    if (outline.sections.length > 0)
        blocks.push(rollupBlock(outline, text));
    if (outline.informational.length > 0)
        blocks.push(foldedItems('Informational, not passing', outline.informational, 4.5, 'informational items', context));
    // Issue 10's deploy and post-deploy phases land here: listed after the decision, never blocking.
    if (outline.afterGo.length > 0)
        blocks.push(foldedItems('After GO', outline.afterGo, 4.6, 'after-GO steps', context));
    blocks.push(...passedBlocks(outline, context));
    if (outline.signoffTrail.length > 0)
        blocks.push(trailBlock(outline, text));
    blocks.push({ priority: 1, entries: [], head: footerLines(report, text) });
    const header = options.header ? `${options.header}\n` : '';
    const footer = options.footer ? `\n${options.footer}\n` : '';
    const unit = options.unit ?? 'chars';
    const limit = (options.maxLength ?? Number.POSITIVE_INFINITY) - measure(header + footer, unit);
    return header + fitBlocks(blocks, { limit, unit, omissionNote: (omitted, shortened) => omissionNote(omitted, shortened, report.runUrl) }) + footer;
}
function headline(outline, text) {
    return {
        priority: 1,
        head: [`## ${decisionHeading(outline.decision, outline.cancelled)}: ${text.prose(outline.title, MAX_SHORT)}`, '', formatCounts(outline.counts)],
        entries: []
    };
}
/** How many things a concern lists: each run problem, reason, gate and pending sign-off once. */
function concernSize(concern, runProblems) {
    return runProblems + concern.general.length + concern.gates.length + concern.signoffs.reduce((sum, group) => sum + group.pending.length, 0);
}
function concernBlocks(outline, which, context, instructions) {
    const { text } = context;
    const concern = outline[which];
    const runProblems = which === 'blocking' ? outline.runProblems : [];
    const size = concernSize(concern, runProblems.length);
    if (size === 0)
        return [];
    const blocking = which === 'blocking';
    const head = [blocking ? `### ⛔ Blocking (${formatNumber(size)})` : `### 🟡 Warnings (${formatNumber(size)})`];
    if (!blocking)
        head.push('', outline.decision === 'conditional-go' ? 'These do not stop the release; they are its conditions.' : 'These would not stop the release on their own.');
    const general = [
        ...runProblems.map((problem) => `- 🛑 **The run itself:** ${text.prose(problem.message, MAX_WHY)}`),
        ...concern.general.map((reason) => `- ${blocking ? '🛑' : '🟡'} ${text.prose(reason, MAX_WHY)}`)
    ];
    const blocks = [{ priority: 1, head: general.length > 0 ? [...head, '', ...general] : head, entries: [] }];
    if (concern.gates.length > 0) {
        blocks.push({
            priority: blocking ? 2 : 2.5,
            keepFull: blocking ? KEEP_FULL_FAILURES : 1,
            entries: concern.gates.map((view, index) => ({
                noun: blocking ? 'failing gates' : 'failing warning gates',
                lines: index < MAX_DETAILED_GATES ? gateDetails(view, context) : [gateLine(view, text)],
                short: [gateLine(view, text)]
            }))
        });
    }
    const open = concern.signoffs.reduce((sum, group) => sum + group.pending.length, 0) <= MAX_OPEN_SIGNOFFS;
    for (const group of concern.signoffs)
        blocks.push(signoffGroupBlock(group, blocking ? 3 : 3.2, open, context));
    if (concern.signoffs.length > 0 && !instructions.shown) {
        instructions.shown = true;
        blocks.push({
            priority: blocking ? 3 : 3.2,
            head: [
                context.boxes
                    ? 'Tick a box, comment `/signoff <id>`, or approve with a review that says it; `/revoke <id>` withdraws a sign-off.'
                    : 'Sign off on the pull request with a comment `/signoff <id>` (or an approving review that says it); `/revoke <id>` withdraws it.'
            ],
            entries: []
        });
    }
    return blocks;
}
/** One line for a failing gate: what it is and why it did not pass. */
function gateLine(view, text) {
    const { item, result } = view;
    return `- ${STATUS_ICONS[result.status]} **${text.prose(item.title, MAX_SHORT)}** (${text.code(item.id)})${softenedBy(item, text)}: ${STATUS_WORDS[result.status]} — ${text.prose(result.reason ?? result.summary, MAX_SHORT)}`;
}
/** Where a softer severity came from, so a heading edited to soften a gate shows in the report. */
function softenedBy(item, text) {
    return item.severity !== 'blocking' && item.severityFrom ? ` _(${item.severity}: ${text.prose(item.severityFrom, MAX_SHORT)})_` : '';
}
/** A failing gate in full: why, what ran, the failing tests with their assertions, findings, and the output's tail (folded). */
function gateDetails(view, context) {
    const { item, result } = view;
    const { text } = context;
    const why = result.reason ?? result.summary;
    const lines = [
        `${STATUS_ICONS[result.status]} **${text.prose(item.title, MAX_SHORT)}** (${text.code(item.id)})${softenedBy(item, text)}: ${STATUS_WORDS[result.status]} — ${text.prose(why, MAX_HEADLINE_REASON)}`,
        ''
    ];
    // The whole reason, when the first line had to cut it.
    if (text.plain(why).length > MAX_HEADLINE_REASON)
        lines.push(`**Why:** ${text.prose(why, MAX_WHY)}`, '');
    const ran = ranLine(item, result, text);
    if (ran)
        lines.push(ran, '');
    const output = result.process?.output;
    const parsed = result.parsed;
    const where = (finding) => locationLink(finding.file, finding.line, finding.column, context);
    let detailed = false;
    let asserted = false;
    const attached = new Set();
    if (parsed?.kind === 'tests' && parsed.failingTests.length > 0) {
        detailed = true;
        const searched = outputLines(output, text.plain);
        lines.push(`**Failing tests (${formatNumber(parsed.failingTests.length)}):**`, '');
        parsed.failingTests.slice(0, MAX_LIST_ENTRIES).forEach((name, index) => {
            const finding = parsed.findings.find((candidate) => candidate.code === name && candidate.file);
            if (finding)
                attached.add(finding);
            lines.push(`- ${text.code(name)}${finding ? ` at ${where(finding)}` : ''}`);
            const assertion = index < MAX_ASSERTIONS_SHOWN ? assertionContext(searched, name) : [];
            if (assertion.length > 0) {
                asserted = true;
                lines.push('', ...indentedFence(assertion.join('\n'), 2), '');
            }
        });
        if (parsed.failingTests.length > MAX_LIST_ENTRIES)
            lines.push(`- … and ${formatNumber(parsed.failingTests.length - MAX_LIST_ENTRIES)} more`);
        lines.push('');
    }
    if (parsed?.kind === 'format' && parsed.counts && parsed.counts.files.length > 0 && parsed.findings.length === 0) {
        detailed = true;
        lines.push('**Files to reformat:**', '', ...bounded(parsed.counts.files, (file) => `- ${locationLink(file, undefined, undefined, context)}`), '');
    }
    const findings = (parsed?.findings ?? []).filter((finding) => !attached.has(finding));
    if (findings.length > 0) {
        detailed = true;
        lines.push('**Findings:**', '', ...bounded(findings, (finding) => {
            const at = finding.file ? `${where(finding)} ` : '';
            const code = finding.code ? ` (${text.code(finding.code)})` : '';
            return `- ${at}${finding.level}: ${text.prose(finding.message)}${code}`;
        }), '');
    }
    if (result.notes && result.notes.length > 0)
        lines.push(...bounded(result.notes, (note) => `- ${text.prose(note)}`), '');
    // Once the assertions are shown, the output's tail is mostly a stack trace: the job log has it.
    if (!asserted)
        lines.push(...foldedExcerpt(output, detailed ? EXCERPT_WITH_DETAILS : EXCERPT_ALONE, text));
    return lines;
}
/** "Ran `cargo test` (1 m 3 s): 2/3 passed." — or the evidence file looked for. */
function ranLine(item, result, text) {
    if (item.kind === 'command')
        return `Ran ${text.code(item.run)} (${formatDuration(result.durationMs)}): ${text.prose(result.summary, MAX_SHORT)}.`;
    if (item.kind === 'file')
        return `Evidence file ${text.code(item.path)}: ${text.prose(result.summary, MAX_SHORT)}.`;
    return undefined;
}
/** `file:line:column` as inline code, linked to the line at the head commit when links are known and the path stays in the repository. */
function locationLink(file, line, column, context) {
    if (!file)
        return '';
    // The gate runner already made finding paths relative to the repository's root.
    const repoPath = context.links ? repositoryPath(context.text.plain(file), '.', context.links.workspace) : undefined;
    const shown = [repoPath ?? file, line, column].filter((part) => part !== undefined).join(':');
    const label = context.text.code(shown);
    const url = context.links && repoPath ? blobUrl(context.links, repoPath, line) : undefined;
    return url ? `[${label}](${url})` : label;
}
/**
 * Output inside a fence renders as text, but our own parsers read the comment's raw body: the
 * sticky marker, the stored state and the sign-off boxes are HTML comments. Breaking every `<!--`
 * in output means no line of it can ever be taken for one of them.
 */
function fencedText(content) {
    return neutraliseReferences(stripControl(content)).replace(/<!--/g, `<!-${ZERO_WIDTH_SPACE}-`).replace(/\n+$/, '');
}
/** A code fence indented to sit inside a list item; nothing inside can close it. */
function indentedFence(content, indent) {
    const clean = fencedText(content);
    const fence = fenceFor(clean);
    const pad = ' '.repeat(indent);
    return [`${pad}${fence}text`, ...clean.split('\n').map((line) => `${pad}${line}`), `${pad}${fence}`];
}
function foldedExcerpt(output, size, text) {
    if (!output || output.totalBytes === 0)
        return [];
    const excerpt = tailExcerpt(output, size.lines, size.chars, text.plain);
    if (excerpt.shown === 0)
        return [];
    const caption = output.totalLines > excerpt.shown || output.truncated
        ? `Output: last ${formatNumber(excerpt.shown)} of ${formatNumber(output.totalLines)} lines`
        : `Output (${plural(excerpt.shown, 'line')})`;
    const clean = fencedText(excerpt.text);
    const fence = fenceFor(clean);
    return [`<details><summary>${caption}</summary>`, '', `${fence}text`, clean, fence, '', '</details>', ''];
}
function signoffGroupBlock(group, priority, open, context) {
    const { text } = context;
    return {
        priority,
        blankBeforeNote: true,
        head: [`<details${open ? ' open' : ''}><summary>⏳ <b>${text.html(group.section)}</b>: ${signedCount(group.signed, group.total)}</summary>`, ''],
        entries: group.pending.map((view) => ({ noun: 'pending sign-offs', lines: [signoffLine(view, context)] })),
        tail: ['', '</details>']
    };
}
/** A pending or signed manual item; in the comment a box whose hidden id lets a tick be traced to it (see github/state.ts). */
function signoffLine(view, context, icon = true) {
    const { item, result } = view;
    const { text } = context;
    const notes = result.notes && result.notes.length > 0 ? ` — ${result.notes.map((note) => text.prose(note, MAX_NOTE)).join('; ')}` : '';
    const summary = result.status === 'pending' && result.summary === 'awaiting sign-off' ? '' : ` — ${text.prose(result.summary, MAX_SHORT)}`;
    const softened = softenedBy(item, text);
    if (context.boxes)
        return `- [${result.status === 'pass' ? 'x' : ' '}] ${text.prose(item.title)} (${text.code(item.id)})${softened}${summary}${notes} <!-- signoff:${item.id} -->`;
    return `- ${icon ? `${STATUS_ICONS[result.status]} ` : ''}${text.prose(item.title)} (${text.code(item.id)})${softened}${summary}${notes}`;
}
function rollupBlock(outline, text) {
    const cell = (value) => (value === 0 ? '·' : formatNumber(value));
    return {
        priority: 3.5,
        blankBeforeNote: true,
        head: [
            '### By section',
            '',
            `| Section | ✅ Passed | ❌ Failed | ⏳ Pending | ${EVIDENCE_ORDER.map((kind) => `${EVIDENCE_ICONS[kind]} ${ROLLUP_HEADINGS[kind]}`).join(' | ')} |`,
            `|---|--:|--:|--:|${EVIDENCE_ORDER.map(() => '--:').join('|')}|`
        ],
        entries: outline.sections.map((section) => ({
            noun: 'section rows',
            lines: [
                `| ${text.prose(section.title, MAX_SHORT)} | ${cell(section.passed)} | ${cell(section.failed)} | ${cell(section.pending)} | ${EVIDENCE_ORDER.map((kind) => cell(section.passedBy[kind])).join(' | ')} |`
            ]
        }))
    };
}
const ROLLUP_HEADINGS = { verified: 'Verified', ticked: 'Ticked', signed: 'Signed' };
/** Non-blocking lists that need no attention, folded. */
function foldedItems(title, views, priority, noun, context) {
    const { text } = context;
    return {
        priority,
        blankBeforeNote: true,
        head: [`### ${title} (${formatNumber(views.length)})`, '', `<details><summary>${plural(views.length, 'item')}</summary>`, ''],
        entries: views.map((view) => ({ noun, lines: [gateLine(view, text)] })),
        tail: ['', '</details>']
    };
}
/**
 * What passed, folded, one fold per way it was known. In the PR comment the sign-offs given on the
 * pull request stay boxes (unticking one revokes it), so they are kept before the other passes.
 */
function passedBlocks(outline, context) {
    const total = EVIDENCE_ORDER.reduce((sum, kind) => sum + outline.passedBy[kind], 0);
    if (total === 0)
        return [];
    const blocks = [{ priority: 5, head: [`### ✅ Passed (${formatNumber(total)})`], entries: [] }];
    for (const kind of EVIDENCE_ORDER) {
        if (outline.passedBy[kind] === 0)
            continue;
        const entries = [];
        for (const section of outline.passed) {
            const views = section.items.filter((view) => view.evidence === kind);
            views.forEach((view, index) => {
                const line = passedLine(view, context);
                // The section's name goes with its first item, so a cut never leaves a name without items.
                entries.push({ noun: 'passing items', lines: index === 0 ? ['', `**${context.text.prose(section.title, MAX_SHORT)}**`, '', line] : [line] });
            });
        }
        blocks.push({
            priority: kind === 'signed' && context.boxes ? 3.4 : 5,
            blankBeforeNote: true,
            head: [`<details><summary>${EVIDENCE_ICONS[kind]} ${formatNumber(outline.passedBy[kind])} ${EVIDENCE_LABELS[kind]}</summary>`],
            entries,
            tail: ['', '</details>']
        });
    }
    return blocks;
}
/**
 * A pass in its fold: the fold already says how it was known, so the line says what was found.
 * Ticks in a Markdown checklist carry no id: theirs are slugs of the title, and there are many.
 */
function passedLine(view, context) {
    const { item, result } = view;
    const { text } = context;
    if (view.evidence === 'signed')
        return signoffLine(view, context, false);
    const notes = result.notes && result.notes.length > 0 ? ` — ${result.notes.map((note) => text.prose(note, MAX_NOTE)).join('; ')}` : '';
    if (view.evidence === 'ticked')
        return `- ${text.prose(item.title)}${notes}`;
    const time = itemDuration(item, result);
    const how = result.parser && result.parser !== 'exit-code' ? `${result.parser}, ` : '';
    return `- ${text.prose(item.title)} (${text.code(item.id)}) — ${text.prose(result.summary, MAX_SHORT)} (${how}${time ?? ''})${notes}`;
}
function trailBlock(outline, text) {
    const refused = outline.signoffTrail.filter((entry) => !entry.accepted).length;
    return {
        priority: 4,
        blankBeforeNote: true,
        head: [
            '### Sign-off trail',
            '',
            `<details><summary>${plural(outline.signoffTrail.length, 'sign-off event')}${refused > 0 ? `, ${formatNumber(refused)} refused` : ''}</summary>`,
            '',
            '| When | Who | Item | How | |',
            '|---|---|---|---|---|'
        ],
        entries: outline.signoffTrail.map((entry) => ({
            noun: 'sign-off trail entries',
            lines: [
                `| ${text.prose(entry.at.replace('T', ' ').slice(0, 16))} | ${text.prose(`@${entry.login}`)} | ${text.code(entry.itemId, true)} | ${entry.action === 'revoke' ? 'revoked' : 'signed off'} by ${text.prose(entry.via)} | ${entry.accepted ? '✅ accepted' : `❌ ${text.prose(entry.reason ?? 'refused')}`} |`
            ]
        })),
        tail: ['', '</details>']
    };
}
function bounded(values, render) {
    const lines = values.slice(0, MAX_LIST_ENTRIES).map(render);
    if (values.length > MAX_LIST_ENTRIES)
        lines.push(`- … and ${formatNumber(values.length - MAX_LIST_ENTRIES)} more`);
    return lines;
}
function footerLines(report, text) {
    const run = report.runUrl ? ` · [workflow run](${report.runUrl})` : '';
    return [`<sub>${text.prose(report.checklist.path)} · took ${formatDuration(report.durationMs)}${run} · go-no-go</sub>`];
}
function omissionNote(omitted, shortened, runUrl) {
    const list = (map) => [...map].filter(([, number]) => number > 0).map(([noun, number]) => `${formatNumber(number)} ${noun}`);
    const parts = [];
    if (list(omitted).length > 0)
        parts.push(`${list(omitted).join(', ')} not shown`);
    if (list(shortened).length > 0)
        parts.push(`${list(shortened).join(', ')} shortened to one line`);
    const where = runUrl ? `The full report is in the job summary of the [workflow run](${runUrl}).` : 'Run `npx go-no-go --format json` for the full report.';
    return ['> [!NOTE]', `> This report was shortened to fit: … ${parts.join('; ')}. ${where}`];
}
function clip(value, max) {
    return value.length > max ? `${sliceSafe(value, max)} …` : value;
}

;// CONCATENATED MODULE: ./src/report/terminal.ts





const COLORS = {
    pass: 32,
    fail: 31,
    error: 33,
    pending: 36,
    cancelled: 90,
    go: 32,
    'conditional-go': 33,
    'no-go': 31
};
const DIM = 90;
const BOLD = 1;
const EXCERPT = { lines: 15, chars: 2_048 };
const terminal_MAX_LIST_ENTRIES = 10;
const terminal_MAX_ASSERTIONS_SHOWN = 3;
const MAX_LINE = 500;
const EVIDENCE_SYMBOLS = { verified: '✔', ticked: '☑', signed: '✍' };
function renderTerminal(report, options) {
    const redactor = options.redactor ?? createRedactor();
    // Gate output must not drive the terminal either: its escapes are stripped, only ours remain.
    const clean = (value) => redactor.redact(stripControl(value));
    // A line is cut at MAX_LINE: a 50,000-character test name must not fill the screen.
    const oneLine = (value) => {
        const flat = clean(value).replace(/\r?\n/g, ' ');
        return flat.length > MAX_LINE ? `${sliceSafe(flat, MAX_LINE)} …` : flat;
    };
    const paint = (code, text) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
    const outline = outlineReport(report);
    const verdictLine = `${paint(COLORS[outline.cancelled ? 'no-go' : outline.decision], decisionLabel(outline.decision, outline.cancelled))}  ${formatCounts(outline.counts)} · ${formatDuration(report.durationMs)}`;
    const lines = [`${oneLine(report.checklist.title)} (${oneLine(report.checklist.path)})`, verdictLine, ''];
    const concern = (title, which, runProblems) => {
        const count = runProblems.length + which.general.length + which.gates.length + which.signoffs.reduce((sum, group) => sum + group.pending.length, 0);
        if (count === 0)
            return;
        lines.push(paint(BOLD, `${title} (${formatNumber(count)})`));
        for (const problem of runProblems)
            lines.push(`  ${paint(COLORS['no-go'], '■')} the run itself: ${oneLine(problem)}`);
        for (const reason of which.general)
            lines.push(`  - ${oneLine(reason)}`);
        for (const view of which.gates)
            lines.push(...gateLines(view));
        for (const group of which.signoffs) {
            lines.push(`  ${paint(COLORS.pending, TERMINAL_SYMBOLS.pending)} ${oneLine(group.section)}: ${signedCount(group.signed, group.total)}`);
            for (const { item, result } of group.pending) {
                const notes = result.notes && result.notes.length > 0 ? ` — ${result.notes.map(oneLine).join('; ')}` : '';
                lines.push(`      ${item.id}  ${oneLine(item.title)}${notes}`);
            }
        }
        lines.push('');
    };
    // Where a softer severity came from, so a heading edited to soften a gate shows.
    const softened = (item) => (item.severity !== 'blocking' && item.severityFrom ? ` [${item.severity}: ${oneLine(item.severityFrom)}]` : '');
    const gateLines = ({ item, result }) => {
        const out = [
            `  ${paint(COLORS[result.status], TERMINAL_SYMBOLS[result.status])} ${item.id}  ${oneLine(item.title)}${softened(item)} — ${STATUS_WORDS[result.status]}: ${oneLine(result.reason ?? result.summary)}`
        ];
        if (item.kind === 'command')
            out.push(paint(DIM, `      ran ${oneLine(item.run)} (${formatDuration(result.durationMs)}): ${oneLine(result.summary)}`));
        const parsed = result.parsed;
        const output = result.process?.output;
        const attached = new Set();
        let asserted = false;
        if (parsed?.kind === 'tests' && parsed.failingTests.length > 0) {
            const searched = outputLines(output, clean);
            parsed.failingTests.slice(0, terminal_MAX_LIST_ENTRIES).forEach((name, index) => {
                const finding = parsed.findings.find((candidate) => candidate.code === name && candidate.file);
                if (finding)
                    attached.add(finding);
                out.push(`      failing: ${oneLine(name)}${finding ? `  ${oneLine(terminal_location(finding))}` : ''}`);
                const assertion = index < terminal_MAX_ASSERTIONS_SHOWN ? assertionContext(searched, name) : [];
                if (assertion.length > 0)
                    asserted = true;
                out.push(...assertion.map((line) => `          ${line}`));
            });
            if (parsed.failingTests.length > terminal_MAX_LIST_ENTRIES)
                out.push(`      … and ${formatNumber(parsed.failingTests.length - terminal_MAX_LIST_ENTRIES)} more`);
        }
        if (parsed?.kind === 'format' && parsed.counts && parsed.findings.length === 0)
            out.push(...terminal_bounded(parsed.counts.files, (file) => `      reformat: ${oneLine(file)}`));
        if (parsed) {
            const findings = parsed.findings.filter((finding) => !attached.has(finding));
            out.push(...terminal_bounded(findings, (finding) => `      ${finding.file ? `${oneLine(terminal_location(finding))}: ` : ''}${finding.level}: ${oneLine(finding.message)}`));
        }
        if (result.notes)
            out.push(...terminal_bounded(result.notes, (note) => `      ${oneLine(note)}`));
        // Once the assertions are shown, the output's tail is mostly a stack trace: the log keeps it.
        if (output && output.totalBytes > 0 && !asserted) {
            const excerpt = tailExcerpt(output, EXCERPT.lines, EXCERPT.chars, clean);
            if (excerpt.shown > 0) {
                const log = output.logPath ? ` (full log: ${output.logPath})` : '';
                out.push(paint(DIM, `      ── last ${excerpt.shown} of ${formatNumber(output.totalLines)} lines of output${log} ──`));
                out.push(...excerpt.text.split('\n').map((line) => `      ${line}`));
            }
        }
        return out;
    };
    concern('Blocking', outline.blocking, outline.runProblems.map((problem) => problem.message));
    concern('Warnings', outline.warnings, []);
    if (outline.sections.length > 0)
        lines.push(...terminal_rollup(outline, oneLine), '');
    const listed = (title, views) => {
        if (views.length === 0)
            return;
        lines.push(paint(BOLD, `${title} (${formatNumber(views.length)})`));
        for (const { item, result } of views)
            lines.push(`  ${paint(COLORS[result.status], TERMINAL_SYMBOLS[result.status])} ${item.id}  ${oneLine(item.title)} — ${oneLine(result.reason ?? result.summary)}`);
        lines.push('');
    };
    listed('Informational, not passing', outline.informational);
    // Issue 10's deploy and post-deploy phases land here: listed after the decision, never blocking.
    listed('After GO', outline.afterGo);
    const passedTotal = EVIDENCE_ORDER.reduce((sum, kind) => sum + outline.passedBy[kind], 0);
    if (passedTotal > 0) {
        const how = EVIDENCE_ORDER.filter((kind) => outline.passedBy[kind] > 0).map((kind) => `${EVIDENCE_SYMBOLS[kind]} ${formatNumber(outline.passedBy[kind])} ${EVIDENCE_LABELS[kind]}`);
        lines.push(`${paint(BOLD, `Passed (${formatNumber(passedTotal)})`)}  ${how.join(' · ')}`);
        for (const section of outline.passed) {
            lines.push(`  ${oneLine(section.title)}`);
            for (const view of section.items) {
                const how = passedHow(view.item, view.result.summary, view.evidence, view.result.durationMs, oneLine);
                lines.push(`    ${paint(COLORS.pass, EVIDENCE_SYMBOLS[view.evidence])} ${view.item.id}  ${oneLine(view.item.title)}${how ? ` — ${how}` : ''}`);
            }
        }
        lines.push('');
    }
    if (outline.signoffTrail.length > 0) {
        lines.push(paint(BOLD, 'Sign-off trail'));
        for (const entry of outline.signoffTrail) {
            const verdict = entry.accepted ? 'accepted' : `refused: ${oneLine(entry.reason ?? 'refused')}`;
            lines.push(`  ${entry.at.replace('T', ' ').slice(0, 16)}  @${oneLine(entry.login)} ${entry.action === 'revoke' ? 'revoked' : 'signed off'} ${oneLine(entry.itemId)} by ${entry.via} — ${verdict}`);
        }
        lines.push('');
    }
    lines.push(verdictLine);
    return `${lines.join('\n')}\n`;
}
function passedHow(item, summary, evidence, durationMs, oneLine) {
    if (evidence === 'verified')
        return `${oneLine(summary)}${item.kind === 'manual' ? '' : `  ${formatDuration(durationMs)}`}`;
    return evidence === 'ticked' ? '' : oneLine(summary);
}
/** A fixed-width table of sections: the same roll-up as the Markdown one. */
function terminal_rollup(outline, oneLine) {
    const headings = ['passed', 'failed', 'pending', 'verified', 'ticked', 'signed'];
    const rows = outline.sections.map((section) => ({
        title: oneLine(section.title),
        values: [section.passed, section.failed, section.pending, ...EVIDENCE_ORDER.map((kind) => section.passedBy[kind])].map((value) => (value === 0 ? '·' : formatNumber(value)))
    }));
    const width = Math.min(48, Math.max('By section'.length, ...rows.map((row) => [...row.title].length)));
    const pad = (text) => {
        const chars = [...text];
        return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text + ' '.repeat(width - chars.length);
    };
    const columns = (values) => values.map((value, index) => value.padStart(headings[index].length)).join('  ');
    return [`${pad('By section')}  ${headings.join('  ')}`, ...rows.map((row) => `${pad(row.title)}  ${columns(row.values)}`)];
}
function terminal_location(finding) {
    return [finding.file, finding.line, finding.column].filter((part) => part !== undefined).join(':');
}
function terminal_bounded(values, render) {
    const lines = values.slice(0, terminal_MAX_LIST_ENTRIES).map(render);
    if (values.length > terminal_MAX_LIST_ENTRIES)
        lines.push(`      … and ${formatNumber(values.length - terminal_MAX_LIST_ENTRIES)} more`);
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/gates-only.ts

const GATES_ONLY_TITLE_SUFFIX = ' — gates only, sign-offs not considered';
function gatesOnly(checklist) {
    const ignored = allItems(checklist).filter((item) => item.kind === 'manual' && !item.signedOff && item.severity !== 'info');
    const ignoredIds = new Set(ignored.map((item) => item.id));
    return {
        decideOn: {
            ...checklist,
            sections: checklist.sections.map((section) => ({
                ...section,
                items: section.items.map((item) => (ignoredIds.has(item.id) ? { ...item, severity: 'info' } : item))
            }))
        },
        show: { ...checklist, title: `${checklist.title}${GATES_ONLY_TITLE_SUFFIX}` },
        ignored
    };
}
/** The closing line of a gates-only terminal report. */
function describeIgnoredSignoffs(ignored) {
    if (ignored.length === 0)
        return 'Gates only (--gates-only): this checklist has no sign-offs to leave out.';
    const ids = ignored.slice(0, 5).map((item) => item.id);
    const more = ignored.length > 5 ? ` and ${ignored.length - 5} more` : '';
    const count = ignored.length === 1 ? '1 sign-off was' : `${ignored.length} sign-offs were`;
    return `Gates only (--gates-only): ${count} not considered (${ids.join(', ')}${more}); the pull request still needs ${ignored.length === 1 ? 'it' : 'them'} before it can be GO.`;
}

;// CONCATENATED MODULE: ./src/cli/missing-checklist.ts
/** What to tell someone whose checklist is not where they said: where we looked, and what to do next. */




/**
 * Lines explaining a missing checklist, or undefined when something is there (then the loader's own
 * reason stands: a directory, a FIFO, a link outside the workspace…).
 */
async function explainMissingChecklist(context) {
    const target = external_node_path_default().resolve(context.workspace, context.checklist);
    if (await exists(target))
        return undefined;
    const cwdFlag = context.cwd === '.' ? [] : ['-C', context.cwd];
    const lines = [`no checklist at ${context.checklist}`, `  looked for ${target}`];
    const sibling = otherYamlExtension(context.checklist);
    if (sibling && (await exists(external_node_path_default().resolve(context.workspace, sibling)))) {
        lines.push(`  did you mean ${sibling}? run: ${command([...cwdFlag, '--checklist', sibling])}`);
    }
    const checklistFlag = context.checklist === constants_DEFAULT_CHECKLIST_PATH ? [] : ['--checklist', context.checklist];
    lines.push(`  to start one for this project, run: ${command(['init', ...cwdFlag, ...checklistFlag])}`);
    return lines;
}
/** `.yml` for `.yaml` and back: the most common reason a checklist "is not there". */
function otherYamlExtension(file) {
    const match = /\.(ya?ml)$/i.exec(file);
    if (!match)
        return undefined;
    const other = match[1].toLowerCase() === 'yml' ? 'yaml' : 'yml';
    return `${file.slice(0, match.index)}.${other}`;
}
function command(args) {
    return ['go-no-go', ...args.map(shellQuote)].join(' ');
}
/** Only "no such file" counts as missing; a file we may not read is there, and the loader says why. */
async function exists(file) {
    return (0,promises_namespaceObject.lstat)(file).then(() => true, (error) => error.code !== 'ENOENT' && error.code !== 'ENOTDIR');
}

;// CONCATENATED MODULE: ./src/cli/progress.ts

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** Carriage return, then erase the whole line: the live line is always redrawn from column 0. */
const ERASE_LINE = '\r\x1b[2K';
const DEFAULT_COLUMNS = 80;
const DEFAULT_REDRAW_MS = 125;
function createProgress(stream, options) {
    const gateIds = new Set(options.gates.map((item) => item.id));
    const total = gateIds.size;
    if (options.mode === 'off' || total === 0)
        return { started: () => { }, finished: () => { }, stop: () => { } };
    const now = options.now ?? Date.now;
    const runStarted = now();
    const running = new Map();
    let done = 0;
    if (options.mode === 'lines') {
        return {
            started: (item) => {
                if (gateIds.has(item.id))
                    running.set(item.id, now());
            },
            finished: (result) => {
                if (!gateIds.has(result.id))
                    return;
                done++;
                const started = running.get(result.id);
                running.delete(result.id);
                const took = started === undefined ? 'not started' : formatDuration(now() - started);
                stream.write(`go-no-go: [${done}/${total}] ${result.id} (${took})\n`);
            },
            stop: () => { }
        };
    }
    let frame = 0;
    let drawn = false;
    let stopped = false;
    const draw = () => {
        if (stopped)
            return;
        const width = Math.max(20, (stream.columns || DEFAULT_COLUMNS) - 1);
        const spinner = SPINNER[frame++ % SPINNER.length];
        const head = `${spinner} ${done}/${plural(total, 'gate')} done`;
        const clock = formatDuration(now() - runStarted);
        const names = [...running].map(([id, started]) => `${id} ${formatDuration(now() - started)}`);
        const line = fitLine(head, names, clock, width);
        // The line starts with the spinner; only it is painted, so colour never changes the width.
        stream.write(`${ERASE_LINE}${options.color ? `\x1b[36m${spinner}\x1b[39m${line.slice(spinner.length)}` : line}`);
        drawn = true;
    };
    const timer = setInterval(draw, options.redrawMs ?? DEFAULT_REDRAW_MS);
    // The redraw must never keep the process alive on its own.
    timer.unref();
    return {
        started: (item) => {
            if (!gateIds.has(item.id))
                return;
            running.set(item.id, now());
            draw();
        },
        finished: (result) => {
            if (!gateIds.has(result.id))
                return;
            done++;
            running.delete(result.id);
            draw();
        },
        stop: () => {
            if (stopped)
                return;
            stopped = true;
            clearInterval(timer);
            if (drawn)
                stream.write(ERASE_LINE);
        }
    };
}
/**
 * One line that never wraps (a wrapped line cannot be erased in place): as many running gates as
 * fit, then "+N more"; on a narrow terminal just the counts.
 */
function fitLine(head, running, clock, width) {
    const tail = ` · ${clock} elapsed`;
    const candidates = [];
    for (let shown = running.length; shown > 0; shown--) {
        const more = shown < running.length ? `, +${running.length - shown} more` : '';
        candidates.push(`${head} · running ${running.slice(0, shown).join(', ')}${more}${tail}`);
    }
    if (running.length > 0)
        candidates.push(`${head} · ${running.length} running${tail}`, `${head} · ${running.length} running`);
    else
        candidates.push(`${head}${tail}`);
    return candidates.find((line) => [...line].length <= width) ?? progress_clip(candidates.at(-1) ?? head, width);
}
function progress_clip(text, width) {
    const chars = [...text];
    return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

;// CONCATENATED MODULE: ./src/cli/terminal-capabilities.ts
/**
 * What a stream can show: colour and in-place updates. Only a terminal gets either; pipes, files
 * and CI logs get plain text, since escape codes there are noise a reader has to wade through.
 */
/**
 * ANSI colour on this stream? Follows Node's own rules: `FORCE_COLOR` wins (`0` or `false` turns
 * colour off, anything else on, even into a pipe), then `NO_COLOR` (any non-empty value,
 * https://no-color.org) and `TERM=dumb` turn it off, and otherwise only a terminal gets colour.
 */
function wantsColor(stream, env) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return ['', '1', '2', '3', 'true'].includes(force.toLowerCase());
    if (env.NO_COLOR)
        return false;
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
/**
 * Live progress (one line redrawn in place) needs a terminal that understands carriage return and
 * erase-line; everything else gets one plain line per finished gate, and --quiet gets nothing.
 */
function progressModeFor(stream, env, quiet) {
    if (quiet)
        return 'off';
    return stream.isTTY === true && env.TERM !== 'dumb' ? 'live' : 'lines';
}

;// CONCATENATED MODULE: ./src/cli/run.ts
/** `go-no-go [run]`: load the checklist, run its gates with progress on stderr, print the report once on stdout. */























const INTERRUPT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Runs the checklist and returns the exit code: 0 GO (per --fail-on), 1 NO-GO, 130 interrupted. */
async function runCommand(command, io) {
    const workspace = external_node_path_default().resolve(command.cwd);
    const loaded = await load(command, workspace);
    const { decideOn, show, ignored } = command.gatesOnly ? gatesOnly(loaded) : { decideOn: loaded, show: loaded, ignored: [] };
    // Listen for an interrupt before saying anything: from the first line on, Ctrl-C must stop the
    // gates and still print the report, not kill us with gates left running.
    const abort = new AbortController();
    // Every running gate listens for the abort; Node's leak warning would otherwise break into the live line.
    (0,external_node_events_namespaceObject.setMaxListeners)(10 + 2 * command.concurrency, abort.signal);
    const onInterrupt = () => abort.abort();
    for (const signal of INTERRUPT_SIGNALS)
        process.once(signal, onInterrupt);
    const progressMode = progressModeFor(io.stderr, io.env, command.quiet);
    const gates = allItems(decideOn).filter((item) => item.kind === 'command');
    if (progressMode !== 'off') {
        const what = plural(gates.length, 'gate');
        io.stderr.write(stripControl(`go-no-go: running ${what} of ${command.checklist} in ${workspace}${command.gatesOnly ? ' (gates only)' : ''}\n`));
    }
    const progress = createProgress(io.stderr, { mode: progressMode, color: wantsColor(io.stderr, io.env), gates });
    const redactor = createRedactor([]);
    const runGate = createGateRunner({
        workspace,
        parentEnv: io.env,
        scratchDir: (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'go-no-go-')),
        killGraceMs: KILL_GRACE_MS,
        signal: abort.signal,
        observeLine: (line) => learnMaskedValue(line, redactor)
    });
    const watched = (item) => {
        progress.started(item);
        return runGate(item);
    };
    let report;
    try {
        report = await runChecklist(decideOn, watched, {
            concurrency: command.concurrency,
            allowEmpty: command.allowEmpty,
            signal: abort.signal,
            onGateFinished: (result) => progress.finished(result)
        });
    }
    finally {
        progress.stop();
        for (const signal of INTERRUPT_SIGNALS)
            process.removeListener(signal, onInterrupt);
    }
    const shown = { ...report, checklist: show };
    const color = wantsColor(io.stdout, io.env);
    let rendered = render(shown, command.format, redactor, color);
    if (command.gatesOnly && command.format === 'terminal') {
        const notice = describeIgnoredSignoffs(ignored);
        rendered += `${color ? `\x1b[33m${notice}\x1b[39m` : notice}\n`;
    }
    io.stdout.write(rendered);
    if (report.cancelled)
        return 130;
    return shouldFail(report.verdict.decision, command.failOn) ? 1 : 0;
}
async function load(command, workspace) {
    const directory = await (0,promises_namespaceObject.stat)(workspace).catch(() => undefined);
    if (!directory?.isDirectory())
        throw new CliError(`${workspace} is not a directory (--cwd ${command.cwd})`);
    try {
        return await loadChecklist({ workspace, path: command.checklist }, { markdown: parseMarkdownChecklist });
    }
    catch (error) {
        if (!(error instanceof ChecklistError))
            throw error;
        const missing = await explainMissingChecklist({ workspace, checklist: command.checklist, cwd: command.cwd }).catch(() => undefined);
        if (missing)
            throw new CliError(missing.join('\n'));
        throw error;
    }
}
function render(report, format, redactor, color) {
    const text = format === 'json'
        ? `${JSON.stringify(toJsonReport(report, redactor), null, 2)}\n`
        : format === 'markdown'
            ? renderMarkdown(report, { redactor })
            : renderTerminal(report, { color, redactor });
    return text.endsWith('\n') ? text : `${text}\n`;
}

;// CONCATENATED MODULE: ./src/cli/index.ts
/** `go-no-go` on the command line: the same engine as the action, in a terminal, before pushing. */











const EXIT_BAD_INPUT = 2;
async function main(argv, io) {
    const command = parseCommandLine(argv);
    switch (command.kind) {
        case 'help':
            io.stdout.write(`${HELP}\n`);
            return 0;
        case 'version':
            io.stdout.write(`go-no-go ${package_namespaceObject.rE}\n`);
            return 0;
        case 'schema':
            io.stdout.write(`${JSON.stringify(CHECKLIST_SCHEMA, null, 2)}\n`);
            return 0;
        case 'import':
            io.stdout.write(await importMarkdown(command.cwd, command.file));
            return 0;
        case 'init':
            return initProject(command, io);
        case 'run':
            return runCommand(command, io);
    }
}
/** One line (or a few) a person can act on; a stack only for what is a bug in go-no-go. */
function describeFailure(error) {
    if (error instanceof ChecklistError)
        return `go-no-go: NO-GO — the checklist is invalid:\n${formatProblemsForTerminal(error.problems)}\n`;
    if (error instanceof UsageError)
        return `go-no-go: ${error.message}\n\n${USAGE_SYNOPSIS}\nRun go-no-go --help for every option and examples.\n`;
    if (error instanceof CliError)
        return `go-no-go: ${error.message}\n`;
    return `go-no-go: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
}
// A reader that stops early (`go-no-go -f json | head`) closes the pipe: that is not a failure, and
// must not turn into a crash or change the exit code, which still carries the verdict.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
}
const io = { stdout: process.stdout, stderr: process.stderr, env: process.env };
main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
}, (error) => {
    // Messages can quote paths and file contents; escape sequences in them must not reach the terminal.
    io.stderr.write(stripControl(describeFailure(error)));
    process.exitCode = EXIT_BAD_INPUT;
});

