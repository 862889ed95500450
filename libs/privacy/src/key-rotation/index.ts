export * from './key-rotation.messages';
export * from './key-rotation.service';
export * from './key-rotation.runner';
export * from './encrypted-columns';
export { KeyRotationErrors } from './key-rotation.errors';
export { KEY_ROTATION_HANDLERS } from './key-rotation.handlers';
