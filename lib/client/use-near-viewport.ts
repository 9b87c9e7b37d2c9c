"use client";
import { useEffect, useState, type RefObject } from "react";

/**
 * True once the element comes within `margin` of the viewport, or the page is about to print, and
 * from then on. Lets a heavy part (a chart library) load only when someone can see it.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = "400px"): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const reveal = () => setNear(true);
    window.addEventListener("beforeprint", reveal);
    const observer =
      typeof IntersectionObserver === "undefined"
        ? null
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && reveal(), {
            rootMargin: margin,
          });
    if (observer) observer.observe(element);
    else reveal();
    return () => {
      window.removeEventListener("beforeprint", reveal);
      observer?.disconnect();
    };
  }, [ref, margin, near]);
  return near;
}
