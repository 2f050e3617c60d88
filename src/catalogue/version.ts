/**
 * Version of the catalogue, after the edition of the programme guide it encodes (August 2022).
 * Stored with each plan so that a later revision of the guide never silently changes a signed plan:
 * bump it whenever an expectation, criterion or deadline changes.
 */
export const catalogueVersion = "2022.1";
