import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKnowledgeGraph, toGraphJSON } from '@papergraph/core';

/** Characters a terminal acts on (C0 controls but the line break, DEL, C1): none may reach it from the inputs. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** Sets the window title, clears the screen, rings the bell, returns the carriage, and a C1 CSI. */
export const EVIL = '\u001b]0;pwned\u0007\u001b[2J\r\u009b31m';

/**
 * Inputs whose titles, authors and abstracts carry EVIL, and a graph.json built from them whose model label and
 * community labels carry it too (a hand-edited or foreign graph.json is an input like any other).
 */
export function evilInputs(): { dir: string; jsonl: string; graphJson: string } {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-evil-'));
  const records = [
    { title: `Evil ${EVIL} Title`, abstract: `We fine-tune Mistral-7B ${EVIL} on our data.`, authors: [`Ada ${EVIL}Lovelace`] },
    { title: 'Other paper', abstract: 'We use Mistral-7B too.', authors: ['Bob Smith'] },
  ];
  const jsonl = join(dir, 'evil.jsonl');
  writeFileSync(jsonl, records.map((record) => JSON.stringify(record)).join('\n'));
  const { graph } = buildKnowledgeGraph([{ name: jsonl, text: records.map((record) => JSON.stringify(record)).join('\n') }]);
  graph.setNodeAttribute('model:mistral-7b', 'label', `Mistral${EVIL}-7B`);
  for (const community of graph.getAttribute('communities')) community.label = `${community.label} ${EVIL}`;
  const graphJson = join(dir, 'graph.json');
  writeFileSync(graphJson, toGraphJSON(graph));
  return { dir, jsonl, graphJson };
}
