/*
 * Date fields (WEB-INF/tags/date.xhtml): PrimeFaces gives the calendar button the reader's label
 * as aria-label, but leaves the English placeholder "ui-button" as its text; write the label
 * there too, so that nothing reads "ui-button" in any language. Runs after each page load and
 * after each ajax update, which may render new date fields.
 */
(function () {
    function nameButtons() {
        document.querySelectorAll('.date-field .ui-datepicker-trigger').forEach(function (button) {
            var label = button.getAttribute('aria-label');
            var text = button.querySelector('.ui-button-text');
            if (label && text && text.textContent !== label) {
                text.textContent = label;
            }
            if (label && !button.title) {
                button.title = label;
            }
        });
    }
    if (window.jQuery) {
        jQuery(nameButtons);
        jQuery(document).on('pfAjaxComplete', nameButtons);
    } else {
        document.addEventListener('DOMContentLoaded', nameButtons);
    }
})();
