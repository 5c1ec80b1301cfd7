import { say } from '../../i18n/messages/message.ts';
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, visit, type Document, type Pair } from 'yaml';
import { startsWithIndicator, type YamlProblem } from './explainYamlError.ts';

/**
 * The first thing in `doc` that YAML allows but content files never use, each a text that needed quotes or a
 * mistake: an alias (`*name`, which repeats the value marked `&name` — nested, a billion times), an anchor, a type
 * tag (`!!binary`), a field with no name or named by a list, a field written twice. Aliases come first, so a file
 * built of them is refused at the first one, before any is expanded.
 */
export function refusedYaml(doc: Document, text: string): YamlProblem | undefined {
  let alias: YamlProblem | undefined;
  let other: YamlProblem | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      alias = repeated(node.range![0], text);
      return visit.BREAK;
    }
    if (other) return undefined;
    if (isPair(node)) other = fieldNameProblem(node);
    else if (isNode(node) && node.anchor) {
      other = repeated(text.lastIndexOf(`&${node.anchor}`, node.range![0]), text);
    } else if (isNode(node) && node.tag) {
      // The tag (`!foo`, `!!str`) is written before the node's own range, which starts at its value.
      const before = text.slice(0, node.range![0]);
      other = startsWithIndicator(before.search(/!+[^\s!]*\s*$/), text);
    }
    if (!other && isMap(node)) other = writtenTwice(node.items);
    return undefined;
  });
  return alias ?? other;
}

/** `*name` or `&name`: repeating values is never needed in content, and a text starting with * or & needs quotes. */
function repeated(offset: number, text: string): YamlProblem {
  const problem = startsWithIndicator(offset, text)!;
  return {
    ...problem,
    fix: say('fix.writeValueItself', { otherwise: problem.fix }),
  };
}

function fieldNameProblem(pair: Pair): YamlProblem | undefined {
  const { key, value } = pair;
  if (isCollection(key)) {
    return {
      offset: key.range![0],
      message: say('yaml.keyIsCollection'),
      fix: say('fix.plainFieldName'),
    };
  }
  const nameless = key === null || (isScalar(key) && key.value === null && !key.source);
  const at = isNode(key) ? key.range![0] : isNode(value) ? value.range![0] : undefined;
  if (!nameless || at === undefined) return undefined;
  return {
    offset: at,
    message: say('yaml.valueWithoutName'),
    fix: say('fix.addFieldName'),
  };
}

function writtenTwice(pairs: Pair[]): YamlProblem | undefined {
  const names = new Set<string>();
  for (const { key } of pairs) {
    if (!isScalar(key)) continue;
    const name = String(key.value);
    if (names.has(name)) {
      return {
        offset: key.range![0],
        message: say('yaml.duplicateField', { name }),
        fix: say('fix.removeOrRenameOne'),
      };
    }
    names.add(name);
  }
  return undefined;
}
