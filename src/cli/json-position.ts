/**
 * Finds where a JSON path sits in JSON text, so the validator can print a
 * line and column next to each problem. A small scanner over valid JSON:
 * it records the start of every value by its path.
 */
export interface Position {
  line: number;
  column: number;
}

export function positionsOf(text: string): Map<string, Position> {
  const out = new Map<string, Position>();
  let i = 0;
  const pos = (at: number): Position => {
    let line = 1;
    let last = -1;
    for (let k = 0; k < at; k++) if (text.charCodeAt(k) === 10) ((line += 1), (last = k));
    return { line, column: at - last };
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const key = (path: string, k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? (path ? `${path}.${k}` : k) : `${path}[${JSON.stringify(k)}]`);
  const value = (path: string): void => {
    ws();
    out.set(path, pos(i));
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const kStart = i;
        const k = str();
        // A problem with a key itself (unknown key) points at the key.
        out.set(key(path, k), pos(kStart));
        ws();
        i++; // :
        const before = out.size;
        value(key(path, k));
        if (out.size === before) out.set(key(path, k), pos(kStart));
        ws();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`);
        ws();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') str();
    else while (i < text.length && /[^,}\]\s]/.test(text[i]!)) i++;
  };
  value('');
  return out;
}

/** The position of `path`, or of its closest ancestor that exists in the text. */
export function locate(positions: Map<string, Position>, path: string): Position {
  let p = path;
  for (;;) {
    const found = positions.get(p);
    if (found) return found;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return positions.get('') ?? { line: 1, column: 1 };
    p = p.slice(0, cut);
  }
}
