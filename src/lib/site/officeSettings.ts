/**
 * `office` with the fields `json` sets (a JSON object of some of its fields, each of the same type), for a deployment that sets its
 * office's identity, contact and record numbers without a commit. Nothing set: `office` itself. A setting that is
 * not one of the fields, or of another type, stops the build rather than showing a wrong footer.
 */
export function officeWithSettings<Office extends object>(office: Office, json?: string): Office {
  if (!json?.trim()) return office;
  let settings: unknown;
  try {
    settings = JSON.parse(json);
  } catch {
    throw new Error(`GONGSHI_OFFICE is not JSON: ${json}`);
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
    throw new Error(`GONGSHI_OFFICE must be a JSON object like {"icp": "…"}: ${json}`);
  for (const [field, value] of Object.entries(settings)) {
    if (!Object.hasOwn(office, field))
      throw new Error(`GONGSHI_OFFICE sets "${field}"; expected some of ${Object.keys(office).join(', ')}`);
    const expected = typeof office[field as keyof Office];
    if (typeof value !== expected)
      throw new Error(`GONGSHI_OFFICE's "${field}" must be ${expected === 'number' ? 'a number' : 'text'}`);
  }
  return { ...office, ...(settings as Partial<Office>) };
}
