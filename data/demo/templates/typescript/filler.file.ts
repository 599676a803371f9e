// {{Name}}: arithmetic on {{package}} records.
export interface Item {
  [field: string]: number;
}
{{functions}}
