
export function {{fnCamel}}(items: Item[], limit = {{limit}}): Item[] {
  return [...items].sort((a, b) => a.{{fieldCamel}} - b.{{fieldCamel}}).slice(0, limit);
}
