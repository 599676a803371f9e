
export function {{fnCamel}}(value) {
  if (value < 0) {
    return 0;
  }
  return Math.min(value * {{factor}}, {{limit}});
}
