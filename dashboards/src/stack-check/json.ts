/** A document from Grafana's or ClickHouse's HTTP API, read field by field and checked by the caller. */
export type Json = any;
