// Drizzle needs every table in one object to type the relational queries and to generate migrations.
export * from './directory.js';
export * from './plans.js';
export * from './execution.js';
export * from './calendar.js';
export * from './plan-events.js';
export * from './execution-control.js';
