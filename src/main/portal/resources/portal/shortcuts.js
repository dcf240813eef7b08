// Single-key shortcuts for the main actions. Each control that has one is marked with data-shortcut and says
// so in its label; a key press clicks the first visible control with that key, so the
// shortcut does exactly what the button does, with its checks and its view state. Loaded as a file
// from the portal itself: the Content-Security-Policy allows no inline script.
(function () {
    "use strict";

    function typing(target) {
        var tag = target && target.tagName ? target.tagName.toLowerCase() : "";
        return tag === "input" || tag === "textarea" || tag === "select" || (target && target.isContentEditable);
    }

    function visible(element) {
        return !!(element.offsetWidth || element.offsetHeight || element.getClientRects().length)
            && !element.disabled && element.getAttribute("aria-disabled") !== "true";
    }

    document.addEventListener("keydown", function (event) {
        if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
            return;
        }
        var key = event.key;
        if (key === "?") {
            var help = document.getElementById("shortcut-help");
            if (help) {
                help.open = !help.open;
                event.preventDefault();
            }
            return;
        }
        var controls = document.querySelectorAll("[data-shortcut]");
        for (var i = 0; i < controls.length; i++) {
            // the key marks the control itself or a wrapper around it (components that write no custom attribute)
            var control = controls[i].matches("a, button") ? controls[i] : controls[i].querySelector("a, button");
            if (control && controls[i].getAttribute("data-shortcut") === key.toLowerCase() && visible(control)) {
                event.preventDefault();
                control.focus();
                control.click();
                return;
            }
        }
    });
})();
