export const CSS = `
:host { all: initial; font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232b; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0; border-radius: 999px; padding: 12px 18px;
  background: #0b5cad; color: #fff; font: inherit; font-weight: 600; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.launcher:focus-visible, button:focus-visible, textarea:focus-visible, select:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.panel { position: fixed; right: 20px; bottom: 80px; z-index: 2147483000; width: min(380px, calc(100vw - 24px)); height: min(560px, calc(100vh - 110px));
  background: #fff; border-radius: 12px; box-shadow: 0 10px 30px rgba(0,0,0,.3); display: flex; flex-direction: column; overflow: hidden; }
/* On a phone the chat takes the whole screen, so the header and the Send button are always in view. */
@media (max-width: 600px) {
  .panel { inset: 0; width: 100%; height: 100%; height: 100dvh; border-radius: 0; }
  header { padding-top: max(10px, env(safe-area-inset-top)); }
  header h2 { font-size: 15px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-width: 0; }
  form { padding-bottom: max(10px, env(safe-area-inset-bottom)); }
}
header { display: flex; align-items: center; gap: 8px; padding: 10px 12px; background: #0b5cad; color: #fff; }
header h2 { font-size: 16px; margin: 0; flex: 1; }
header .ref { font-size: 12px; opacity: .9; }
header button, header select { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.6); border-radius: 6px; font: inherit; font-size: 13px; padding: 2px 6px; cursor: pointer; }
header select option { color: #000; }
.log { flex: 1; min-height: 0; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; background: #f4f6f8; }
.msg { max-width: 85%; padding: 8px 11px; border-radius: 12px; white-space: pre-wrap; word-wrap: break-word; }
.msg.customer { align-self: flex-end; background: #0b5cad; color: #fff; border-bottom-right-radius: 3px; }
.msg.agent, .msg.staff, .msg.system { align-self: flex-start; background: #fff; border: 1px solid #d7dde3; border-bottom-left-radius: 3px; }
.msg.staff { border-color: #2e7d32; }
.msg a { color: inherit; text-decoration: underline; overflow-wrap: anywhere; }
.msg.agent a, .msg.staff a, .msg.system a { color: #0b5cad; }
.msg.failed { background: #fff; color: #1d232b; border: 1px solid #b00020; }
.failed-note { display: block; color: #b00020; font-size: 13px; margin-top: 4px; }
.retry { margin-top: 4px; border: 1px solid #b00020; color: #b00020; background: #fff; border-radius: 6px; font: inherit; font-size: 13px; padding: 2px 8px; cursor: pointer; }
.msg.system { font-style: italic; color: #4a5561; }
.who { display: block; font-size: 11px; font-weight: 600; opacity: .75; margin-bottom: 2px; }
.typing { font-size: 13px; color: #4a5561; padding: 0 12px 6px; min-height: 1.2em; background: #f4f6f8; }
.quick { display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 12px 0; max-height: 40%; overflow-y: auto; flex-shrink: 0; }
.quick button { border: 1px solid #0b5cad; color: #0b5cad; background: #fff; border-radius: 999px; padding: 5px 11px; font: inherit; font-size: 14px; cursor: pointer; }
.quick button:hover { background: #e8f1fb; }
form { display: flex; gap: 8px; padding: 10px 12px; border-top: 1px solid #d7dde3; }
textarea { flex: 1; resize: none; font: inherit; padding: 8px; border: 1px solid #9aa5b1; border-radius: 8px; height: 42px; }
form button, .ended button { background: #0b5cad; color: #fff; border: 0; border-radius: 8px; padding: 0 14px; font: inherit; font-weight: 600; cursor: pointer; }
.ended { padding: 10px 12px; border-top: 1px solid #d7dde3; display: flex; gap: 8px; align-items: center; justify-content: space-between; }
.ended button { padding: 8px 12px; }
.err { color: #b00020; font-size: 13px; padding: 0 12px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
