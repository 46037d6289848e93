/**
 * Freezes a tableau and every array in it, so that no importer can change a method's coefficients for everyone
 * (the generated kernels would then disagree with the data they were generated from).
 */
export function freezeTableau<T extends object>(tableau: T): T {
  for (const value of Object.values(tableau)) {
    if (Array.isArray(value)) {
      for (const row of value) if (Array.isArray(row)) Object.freeze(row);
      Object.freeze(value);
    }
  }
  return Object.freeze(tableau);
}
