/**
 * Column letters as Sheets shows them, of a 1-based column number.
 * @example columnLetters(1) === 'A'; columnLetters(28) === 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
