import { useNavigate } from 'react-router-dom';

/** Back within the app when there is somewhere to go back to; a page opened from a link goes to `fallback`. */
export function useBack(fallback: string) {
  const navigate = useNavigate();
  return () => {
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (idx > 0) navigate(-1);
    else navigate(fallback);
  };
}
