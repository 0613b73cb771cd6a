/** One measured figure: printed at once as `name value unit`, and kept for PERFORMANCE.md. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

export class Figures {
  readonly all: Figure[] = [];

  record(name: string, value: number, unit: string, note?: string): number {
    const rounded = Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
    this.all.push({ name, value: rounded, unit, ...(note ? { note } : {}) });
    console.log(`${name} ${rounded} ${unit}${note ? `  # ${note}` : ''}`);
    return value;
  }

  get(name: string): number | undefined {
    return this.all.find((f) => f.name === name)?.value;
  }
}
