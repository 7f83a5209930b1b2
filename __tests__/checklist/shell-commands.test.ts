/** Reading the simple commands of a `run:` script without running it. */
import { resolveProgram, splitCommands } from '../../src/checklist/shell-commands.js'

const words = (script: string) => splitCommands(script).map((command) => command.words.join(' '))

describe('splitCommands', () => {
  it.each<[string, string[]]>([
    ['cargo test', ['cargo test']],
    ['cd api && cargo build || exit 1; cargo test & wait', ['cd api', 'cargo build', 'exit 1', 'cargo test', 'wait']],
    ['cargo test 2>&1 | tee log.txt', ['cargo test', 'tee log.txt']],
    ['cargo test &> out.log', ['cargo test']],
    ['npm test > out.log 2> err.log', ['npm test']],
    ['echo "a; cargo fmt" \'b && c\'', ['echo a; cargo fmt b && c']],
    ['cargo fmt \\\n  --check', ['cargo fmt --check']],
    ['# cargo fmt\ncargo fmt --check # not cargo fmt', ['cargo fmt --check']],
    ['if cargo test; then echo ok; else ! npm test; fi', ['cargo test', 'echo ok', 'npm test']],
    ['for p in a b; do cargo test -p "$p"; done', ['p in a b', 'cargo test -p $p']],
    ['(cd api && cargo fmt)', ['cd api', 'cargo fmt']],
    ['x=$(cargo metadata) && echo `rustfmt --version`', ['x=$', 'cargo metadata', 'echo', 'rustfmt --version']],
    ['cat <<EOF\ncargo fmt\nEOF\nnpm test', ['cat', 'npm test']],
    ["cat <<-'EOF' > notes\n\tcargo fmt\n\tEOF\ncargo test", ['cat', 'cargo test']],
    ['echo $((1<<2))\ncargo test', ['echo $', 'cargo test']],
    ['bash -c "cargo fmt && cargo test"', ['bash -c cargo fmt && cargo test', 'cargo fmt', 'cargo test']],
    ["timeout 60 sh -ec 'prettier --write .'", ['timeout 60 sh -ec prettier --write .', 'prettier --write .']],
    ['eval "cargo fmt"', ['eval cargo fmt', 'cargo fmt']]
  ])('%j', (script, expected) => {
    expect(words(script)).toEqual(expected)
  })

  it('gives the line each command starts on', () => {
    expect(splitCommands('echo "two\nlines"\n\ncargo fmt \\\n  --all\ncat <<EOF\nbody\nEOF\nnpm test').map((command) => [command.words[0], command.line])).toEqual([
      ['echo', 1],
      ['cargo', 4],
      ['cat', 6],
      ['npm', 9]
    ])
  })

  it('stops reading nested shells at a bounded depth', () => {
    const script = `${'eval '.repeat(50)}cargo fmt`
    expect(splitCommands(script).length).toBeLessThan(10)
  })
})

describe('resolveProgram', () => {
  it.each<[string, string | undefined, string[]]>([
    ['cargo fmt --all', 'cargo', ['fmt', '--all']],
    ['RUST_LOG=1 timeout -s KILL 600 nice -n 5 cargo fmt', 'cargo', ['fmt']],
    ['env -u HOME A=1 ./node_modules/.bin/eslint --fix .', 'eslint', ['--fix', '.']],
    ['npx --yes prettier --write .', 'prettier', ['--write', '.']],
    ['npm exec -- eslint --fix', 'eslint', ['--fix']],
    ['pnpm exec biome check --write', 'biome', ['check', '--write']],
    ['yarn prettier -w src', 'prettier', ['-w', 'src']],
    ['yarn test', 'yarn', ['test']],
    ['npm audit fix', 'npm', ['audit', 'fix']],
    ['A=1', undefined, []]
  ])('%j runs %j', (command, program, args) => {
    const resolved = resolveProgram(command.split(' '))
    expect(resolved?.program).toBe(program)
    if (program) expect(resolved?.args).toEqual(args)
  })
})
