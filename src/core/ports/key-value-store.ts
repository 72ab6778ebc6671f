/** Small settings (language, sound) kept on the device. Implementations must not throw. */
export interface KeyValueStore {
  get(key: string): string | null;
  /** Returns false when the value could not be kept (storage disabled or full). */
  set(key: string, value: string): boolean;
}
