/**
 * Layers point one way: text ← checklist ← gates ← verdict ← report ← github ← entry points.
 * A module may import from its own layer and the layers to its left, never to its right.
 * `npm test` runs this check (`npm run lint:deps`); an upward import or a cycle fails it.
 */
const LAYERS = [
  { name: 'text', path: '^src/(text/|paths\\.ts$|read-bytes\\.ts$|constants\\.ts$|random-bytes\\.ts$|content-digest\\.ts$|sha256\\.ts$)' },
  { name: 'checklist', path: '^src/checklist/' },
  { name: 'gates', path: '^src/gates/' },
  { name: 'verdict', path: '^src/(verdict\\.ts$|signoff/)' },
  { name: 'report', path: '^src/report/' },
  { name: 'github', path: '^src/github/' }
]
const ANY_LAYER = LAYERS.map((layer) => `(${layer.path})`).join('|')

const upward = LAYERS.map((layer, index) => ({
  name: `${layer.name}-imports-upward`,
  comment: `${layer.name} may only use ${LAYERS.slice(0, index + 1).map((l) => l.name).join(', ')}`,
  severity: 'error',
  from: { path: layer.path },
  to: {
    path: '^src/',
    pathNot: LAYERS.slice(0, index + 1).map((l) => l.path)
  }
}))

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-cycles',
      comment: 'A cycle ties modules together so neither can be read or tested alone.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true }
    },
    {
      name: 'layers-do-not-import-entry-points',
      severity: 'error',
      from: { path: ANY_LAYER },
      to: { path: '^src/', pathNot: ANY_LAYER }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] }
  }
}
