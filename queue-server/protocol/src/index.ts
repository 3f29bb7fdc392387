export * from './envelope';
export * from './entities';
export * from './rest';
export * from './events';
export * from './print-jobs';
export * from './assert-never';
export * from './pairing';
export * from './procedures';
