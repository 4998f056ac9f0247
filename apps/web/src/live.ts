import { useEffect, useRef, useSyncExternalStore } from 'react';
import { liveConnection } from './graphql';

/**
 * Whether live updates are flowing. `onConnect` runs each time the connection comes up while the
 * component is shown, so what changed while it was down (or before it first came up) is fetched.
 */
export function useLiveConnection(onConnect: () => void): boolean {
  const connected = useSyncExternalStore(liveConnection.subscribe, liveConnection.connected);
  const before = useRef(connected);
  useEffect(() => {
    if (connected && !before.current) onConnect();
    before.current = connected;
  }, [connected, onConnect]);
  return connected;
}
