import { useEffect, useState } from 'react';

// A tiny history router for /console/*.

export function navigate(path: string) {
  history.pushState(null, '', path);
  window.dispatchEvent(new Event('console-navigate'));
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname + location.search);
  useEffect(() => {
    const update = () => setPath(location.pathname + location.search);
    window.addEventListener('popstate', update);
    window.addEventListener('console-navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('console-navigate', update);
    };
  }, []);
  return path;
}

/** An <a> that navigates inside the SPA (still a real link: open in new tab works). */
export function linkHandler(path: string) {
  return (e: React.MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(path);
  };
}
