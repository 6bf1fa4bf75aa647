"""A button that copies a text to the clipboard in one click (Streamlit has none of its own).

It lives in a small component frame (Streamlit allows such frames to write the clipboard).
The text is outside text: it reaches the frame only as a JSON string literal with every
character that could end the script or start markup escaped, and is shown nowhere.
"""

import json

import streamlit.components.v1 as components

from app.ui.plain import clean

_PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;font-family:"Source Sans Pro",sans-serif}
button{width:100%%;height:38px;border:1px solid rgba(49,51,63,.2);border-radius:8px;
background:#fff;color:rgb(49,51,63);font-size:16px;cursor:pointer}
button:hover{border-color:#ff4b4b;color:#ff4b4b}
</style></head><body><button id="b" type="button">Copy</button><script>
const text = %s;
const button = document.getElementById("b");
function done(ok) {
  button.textContent = ok ? "Copied" : "Select and copy by hand";
  setTimeout(() => { button.textContent = "Copy"; }, 2000);
}
function fallback() {  // http:// on another machine has no clipboard API: the old way
  const area = document.createElement("textarea");
  area.value = text; area.style.position = "fixed"; area.style.opacity = "0";
  document.body.appendChild(area); area.select();
  let ok = false; try { ok = document.execCommand("copy"); } catch (e) {}
  area.remove(); done(ok);
}
button.addEventListener("click", () => {
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(() => done(true), fallback);
  } else { fallback(); }
});
</script></body></html>"""


def script_literal(text: str) -> str:
    """``text`` as a JavaScript string literal that cannot close the script or open markup."""
    literal = json.dumps(text, ensure_ascii=True)
    return literal.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def copy_button(text: str) -> None:
    """One click copies ``text`` (cleaned of controls and bidi overrides, lines kept)."""
    components.html(_PAGE % script_literal(clean(text, limit=None, lines=True)), height=40)
