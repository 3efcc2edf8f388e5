/**
 * @module What the reader does to a lesson widget's still picture before the page has hydrated.
 * The Island listens only once React has run its effect, and React's hydration writes a
 * textarea's server text over what was typed: a switch pressed or a payload edited while the
 * page's scripts were loading did nothing (seen in CI). A tiny inline script in <head> records
 * presses and field values per island from the first byte; the Island takes them when it starts.
 */
import { PRESSABLE } from './pressable'

/** What the reader did to one island's still picture before its Island started listening. */
export interface EarlyInput {
  /** Every press, in order. */
  pressed: Element[]
  /** The last value of each named field typed into. */
  values: Map<HTMLInputElement | HTMLTextAreaElement, string>
}

declare global {
  interface Window {
    __islandEarly?: { take: (root: Element) => EarlyInput | undefined }
  }
}

// Runs inline before any bundle, so ES2015 and no imports. An island whose Island has started is
// no longer recorded (the WeakSet), and nothing keeps a node alive (WeakMap).
const script = `(function(){var M=new WeakMap(),W=new WeakSet();window.__islandEarly={take:function(r){W.add(r);var e=M.get(r);M.delete(r);return e}};function at(v){var t=v.target;if(!(t instanceof Element))return null;var r=t.closest('[data-island]');if(!r||W.has(r))return null;var e=M.get(r);if(!e){e={pressed:[],values:new Map()};M.set(r,e)}return{t:t,e:e}}document.addEventListener('click',function(v){var a=at(v);var p=a&&a.t.closest(${JSON.stringify(PRESSABLE)});if(p)a.e.pressed.push(p)},true);document.addEventListener('input',function(v){var a=at(v);var f=a&&a.t;if(f&&(f instanceof HTMLInputElement||f instanceof HTMLTextAreaElement)&&f.name)a.e.values.set(f,f.value)},true)})()`

export function IslandEarlyInputScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />
}

/**
 * What was done to `root` before now, with the text typed into its fields put back where
 * hydration wrote over it; from now on the Island listens itself.
 */
export function takeEarlyInput(root: Element): EarlyInput | undefined {
  const early = window.__islandEarly?.take(root)
  early?.values.forEach((value, field) => {
    if (root.contains(field) && field.value !== value) field.value = value
  })
  return early
}
