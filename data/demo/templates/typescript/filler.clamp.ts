
export function {{fnCamel}}(value: number): number {
  if (value < 0) {
    return 0;
  }
  return Math.min(value * {{factor}}, {{limit}});
}
