// graphology-gexf's writer alone: its package entry points also load a parser that needs a DOM (browser) or
// xmldom (Node); the writer itself is environment-free, so core imports it directly.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writeGexf: typeof write;
  export default writeGexf;
}
