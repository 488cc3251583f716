// The public API, for the script tag (widget/) and for developers who import the package.
export { defineCareLevelFinder, TAG_NAME, type CareLevelFinderElement } from './embed/element';
export { mount, type MountedWidget } from './embed/mount';
export type { MountOptions } from './config';
export { HOST_EVENTS, type CareLevelFinderEventMap, type HostEventName } from './embed/host-events';
export { version } from './version';
