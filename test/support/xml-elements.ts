/**
 * A small XML reader for configuration files (ClickHouse's config.xml and config.d): elements,
 * attributes and text; comments, the XML declaration and processing instructions are skipped. No
 * DTDs, CDATA or entities beyond the five predefined ones, which these files do not need.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (children's text excluded), trimmed. */
  text: string;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) => ENTITIES[e]!);

export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w.:-]+)\s*>|<([\w.:-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(source)) !== null) {
    if (m.index !== consumed) throw new Error(`XML: cannot read at offset ${consumed}: ${JSON.stringify(source.slice(consumed, consumed + 40))}`);
    consumed = token.lastIndex;
    const [whole, close, open, attrs, selfClosing, text] = m;
    const top = stack[stack.length - 1]!;
    if (whole.startsWith("<!--") || whole.startsWith("<?")) continue;
    if (close !== undefined) {
      if (top.name !== close) throw new Error(`XML: </${close}> closes <${top.name}>`);
      top.text = top.text.trim();
      stack.pop();
    } else if (open !== undefined) {
      const element: XmlElement = { name: open, attributes: {}, children: [], text: "" };
      for (const [, k, dq, sq] of (attrs ?? "").matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) element.attributes[k!] = decode(dq ?? sq ?? "");
      top.children.push(element);
      if (selfClosing !== "/") stack.push(element);
    } else if (text !== undefined) {
      top.text += decode(text);
    }
  }
  if (consumed !== source.length) throw new Error(`XML: cannot read at offset ${consumed}`);
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1]!.name}> is not closed`);
  const elements = root.children;
  if (elements.length !== 1) throw new Error(`XML: expected one root element, found ${elements.length}`);
  return elements[0]!;
}
