
  public static long {{fnCamel}}(long value) {
    if (value < 0) {
      return 0;
    }
    return Math.min(value * {{factor}}, {{limit}});
  }
