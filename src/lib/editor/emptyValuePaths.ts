import type { DecapField } from './editorConfig.ts';

export type ValuePath = (string | number)[];

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * Where `data` (an entry as the form holds it) has values a form leaves behind in optional fields that the file must
 * not hold: text typed and deleted (''), lists left empty, optional groups with nothing filled in, a checkbox ticked and unticked again (false, where
 * the schema knows only `true`, as `cumulative`). The schemas refuse them (an empty `undated` is not "no date"), so
 * they are removed before saving; a field with a default (draft) keeps its value.
 */
export function emptyValuePaths(data: Record<string, unknown>, fields: readonly DecapField[]): ValuePath[] {
  const paths: ValuePath[] = [];
  for (const field of fields) {
    const value = data[field.name];
    if (field.fields && Array.isArray(value)) {
      value.forEach((item, index) => {
        if (item && typeof item === 'object') {
          for (const path of emptyValuePaths(item as Record<string, unknown>, field.fields!))
            paths.push([field.name, index, ...path]);
        }
      });
      continue;
    }
    if (field.fields && value && typeof value === 'object') {
      const inside = emptyValuePaths(value as Record<string, unknown>, field.fields);
      const record = value as Record<string, unknown>;
      const kept = Object.keys(record).filter(
        (key) => !isEmpty(record[key]) && !inside.some((path) => path.length === 1 && path[0] === key),
      );
      if (!field.required && kept.length === 0) paths.push([field.name]);
      else paths.push(...inside.map((path) => [field.name, ...path]));
      continue;
    }
    if (field.required || !(field.name in data)) continue;
    if (isEmpty(value) || (value === false && field.default === undefined)) paths.push([field.name]);
  }
  return paths;
}
