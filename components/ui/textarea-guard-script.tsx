/**
 * @module Keeps a selection made in a server-rendered textarea through React's hydration. React
 * sets `defaultValue` to the text the textarea already has (`initTextarea`); the browser then
 * replaces the text node, and Chromium collapses the selection to the start. A reader who
 * selected all while the page was loading, and pasted once it had hydrated, got the paste joined
 * to the old text (seen in CI, in the playground and a lesson's payload editor). Setting
 * `defaultValue` to what it already is changes nothing else, so this inline script makes it a
 * no-op. What was typed before hydration is another matter (use-field-before-hydration).
 */

// Runs inline in <head> before any bundle: ES2015, no imports.
const script = `(function(){var p=HTMLTextAreaElement.prototype,d=Object.getOwnPropertyDescriptor(p,'defaultValue');if(!d||!d.get||!d.set)return;Object.defineProperty(p,'defaultValue',{configurable:true,enumerable:d.enumerable,get:d.get,set:function(v){if(d.get.call(this)!==String(v))d.set.call(this,v)}})})()`

export function TextareaGuardScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />
}
