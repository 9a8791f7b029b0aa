// The Kysely database type: the intersection of each capability's table definitions.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}
