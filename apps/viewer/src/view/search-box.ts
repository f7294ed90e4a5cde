import type { SearchEntry, SearchResult } from '../model/search.ts';
import { search } from '../model/search.ts';
import { el, clear } from './dom.ts';
import { kindColor } from '../graph/appearance.ts';

/** The lexicons' node keys for a typed name; `prepare` starts loading them. */
export interface KnownNames {
  keys(name: string): readonly string[];
  prepare?(): void;
}

/**
 * Core's lexicon look-up, fetched on first use (graph/known-names.ts, a chunk of its own): until it has arrived a name
 * finds only what the graph itself spells; `onLoaded` then lets the search box look again.
 */
export function lazyKnownNames(onLoaded: () => void): KnownNames {
  let lookup: ((name: string) => readonly string[]) | null = null;
  let loading = false;
  const prepare = () => {
    if (loading) return;
    loading = true;
    import('../graph/known-names.ts')
      .then((module) => {
        lookup = module.knownEntityKeys;
        onLoaded();
      })
      // Without the lexicons the search still finds every name the graph spells: nothing to tell the user.
      .catch(() => undefined);
  };
  return {
    keys(name) {
      if (lookup) return lookup(name);
      prepare();
      return [];
    },
    prepare,
  };
}

/**
 * Autocomplete over labels and aliases: type, pick with the mouse or arrows + Enter (Enter alone takes the first
 * result). An entity's row has a "+" that adds it to the multi-entity query instead (a paper's: to the comparison;
 * Shift+Enter or Shift+click does the same), so a question over several entities is typed one name after another.
 * Results are plain text: labels are never parsed as HTML.
 */
export class SearchBox {
  private results: SearchResult[] = [];
  private active = 0;
  private index: readonly SearchEntry[] = [];
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onChoose: (key: string) => void,
    /** Shift+Enter, Shift+click or "+": an entity joins the query, a paper the comparison (see `collects`). */
    private readonly onCollect: ((key: string) => void) | null = null,
    private readonly collects: (key: string) => 'query' | 'compare' | null = () => null,
    /** The node keys the lexicons know a typed name for (see `search`); `lazyKnownNames` loads core's on first use. */
    private readonly knownKeys: KnownNames = { keys: () => [] },
  ) {
    input.addEventListener('input', () => this.update());
    input.addEventListener('focus', () => {
      // Fetched while the user types, so the first name typed can already be looked up.
      this.knownKeys.prepare?.();
      // Focus back within the blur delay: keep the list the user is about to use.
      clearTimeout(this.closeTimer);
      this.update();
    });
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => {
      this.closeTimer = setTimeout(() => this.close(), 150);
    });
  }

  setIndex(index: readonly SearchEntry[]): void {
    this.index = index;
    this.input.value = '';
    this.close();
  }

  /** Searches again for what is typed, if the list is open (the lexicons have arrived). */
  refresh(): void {
    if (!this.list.hidden) this.update();
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  close(): void {
    this.results = [];
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    clear(this.list);
  }

  private update(): void {
    this.results = search(this.index, this.input.value, 12, (name) => this.knownKeys.keys(name));
    this.active = 0;
    this.render();
  }

  private choose(result: SearchResult | undefined): void {
    if (!result) return;
    this.input.value = result.label;
    this.close();
    this.onChoose(result.key);
  }

  /** Adds the result to the query and empties the box for the next name (the list closes; typing opens it again). */
  private addToQuery(result: SearchResult | undefined): void {
    if (!result || !this.onCollect || this.collects(result.key) === null) return;
    this.input.value = '';
    this.close();
    this.onCollect(result.key);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.results.length === 0) return;
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : -1) + this.results.length) % this.results.length;
      this.render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.results.length === 0) this.update();
      if (event.shiftKey) this.addToQuery(this.results[this.active]);
      else this.choose(this.results[this.active]);
    } else if (event.key === 'Escape') {
      // The first Esc closes an open list (and stops there); otherwise it goes on to clear the selection.
      if (!this.list.hidden) event.preventDefault();
      this.close();
      this.input.blur();
    }
  }

  private render(): void {
    clear(this.list);
    if (this.results.length === 0) {
      this.list.hidden = this.input.value.trim() === '';
      if (!this.list.hidden) this.list.append(el('li', { className: 'suggestion empty', text: 'No match' }));
      return;
    }
    this.results.forEach((result, i) => {
      const collects = this.onCollect !== null ? this.collects(result.key) : null;
      const item = el(
        'li',
        {
          className: `suggestion${i === this.active ? ' active' : ''}`,
          attributes: { role: 'option', 'aria-selected': String(i === this.active) },
          dataset: { key: result.key },
        },
        [
          el('span', { className: 'swatch', attributes: { style: `background:${kindColor(result.kind)}` } }),
          el('span', { className: 'suggestion-label', text: result.label }),
          result.matchedText ? el('span', { className: 'suggestion-alias', text: result.matchedText }) : null,
          el('span', { className: 'suggestion-kind', text: result.kind }),
          collects
            ? el('button', {
                className: 'suggestion-add',
                text: '+',
                title: collects === 'query' ? 'Add to the query (Shift+Enter): papers with this and other entities' : 'Add to the papers compared (Shift+Enter)',
                attributes: {
                  type: 'button',
                  tabindex: '-1',
                  'aria-label': `Add ${result.label} to the ${collects === 'query' ? 'query' : 'comparison'}`,
                  'data-testid': collects === 'query' ? 'search-add-query' : 'search-add-compare',
                },
              })
            : null,
        ],
      );
      // mousedown, not click: it fires before the input's blur closes the list.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        const add = event.shiftKey || (event.target instanceof Element && event.target.closest('.suggestion-add') !== null);
        if (add && collects) this.addToQuery(result);
        else this.choose(result);
      });
      this.list.append(item);
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }
}
