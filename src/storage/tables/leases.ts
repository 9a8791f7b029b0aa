// Named leases that serialise work across desk instances (one conversation turn at a time).
export interface LeasesTable {
  name: string;
  owner: string;
  expires_at: string;
}

export interface LeaseTables {
  leases: LeasesTable;
}
