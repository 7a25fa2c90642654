// Triangulate's one script: keyboard shortcuts, expanding every copy's changes, and uploads with live progress.
// Served from this origin only (the Content-Security-Policy forbids inline script); it never inserts HTML, only text.
"use strict";

document.addEventListener("keydown", (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey) {
    const search = document.getElementById("q");
    if (search) {
      event.preventDefault();
      search.focus();
      search.select();
    }
  } else if (event.key === "Escape" && typing) {
    event.target.blur();
  }
});

for (const button of document.querySelectorAll("button.toggle-all")) {
  button.addEventListener("click", () => {
    const all = [...document.querySelectorAll(button.dataset.target)];
    const open = !all.every((d) => d.open);
    all.forEach((d) => { d.open = open; });
    button.textContent = open ? "Collapse all" : "Expand all";
  });
}

// A link to one copy's changes (#changes-ID) opens them.
function openTarget() {
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
}
window.addEventListener("hashchange", openTarget);
openTarget();

const form = document.getElementById("upload-form");
if (form) {
  const status = document.getElementById("upload-status");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.textContent = "Uploading…";
    try {
      const response = await fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "text/event-stream" } });
      if (!response.ok || !response.body) {
        status.textContent = `Refused (${response.status}): ${await response.text()}`;
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          show(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (error) {
      status.textContent = `Upload failed: ${error}`;
    }
  });

  function show(block) {
    const name = /^event: (.*)$/m.exec(block)?.[1];
    const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "{}");
    if (name === "progress") {
      status.textContent = `${data.stage}: ${data.done}${data.total ? " of " + data.total : ""}`;
    } else if (name === "done") {
      status.textContent = `Added ${data.added}, already stored ${data.already_stored}, problems ${data.problems.length}. Reload to see the stories.`;
    } else if (name === "error") {
      status.textContent = `Failed: ${data.message}`;
    }
  }
}
