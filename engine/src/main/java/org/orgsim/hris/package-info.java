/**
 * Starting from a real organization: reading an HRIS people export and a pulse survey into an
 * {@link org.orgsim.hris.ImportedOrganization}, with privacy built in.
 *
 * <p>{@link org.orgsim.hris.HrisImport} is the entry point; the scenario loader calls it for
 * {@code organization: {import: ...}}. The files are streamed ({@link org.orgsim.hris.CsvReader}):
 * columns orgsim does not use, such as names and e-mail addresses, are skipped cell by cell and never
 * become strings; each employee and manager id is replaced by a keyed hash
 * ({@link org.orgsim.hris.Pseudonymizer}, HMAC-SHA-256 with a local key) the moment its cell is
 * read, so that nothing downstream — the model, rules, outputs, messages — ever holds a raw id.
 * Problems are reported as {@code file:line} with pseudonyms, never with the data itself.
 *
 * <p>{@link org.orgsim.contract.SmallGroupSuppression} is the small-group rule every output with
 * team-level figures applies. {@code docs/privacy.md} says what is stored where; the file formats
 * and the mapping of survey scores onto the model's states are in {@code docs/scenarios.md}.
 */
package org.orgsim.hris;
