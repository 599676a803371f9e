package com.acme.{{package}}.{{dir}};

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {{Name}}: arithmetic on {{package}} records. */
public final class {{Name}} {
  private {{Name}}() {}
{{functions}}}
