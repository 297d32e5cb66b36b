/*
 * Lazy tables that count only up to 1,000 (PagedTable): the paginator's report is drawn in the
 * browser from the template it got with the page, so after a page turn the server sends the
 * template that now applies ("of more than 1,000", or the exact count once the end is reached).
 */
$(document).on('pfAjaxComplete', function (event, xhr) {
    var args = xhr && xhr.pfArgs;
    if (!args || args.masarReport === undefined) {
        return;
    }
    Object.keys(PrimeFaces.widgets).forEach(function (key) {
        var widget = PrimeFaces.widgets[key];
        if (widget && widget.paginator && widget.paginator.cfg && widget.paginator.cfg.currentPageTemplate !== undefined) {
            widget.paginator.cfg.currentPageTemplate = args.masarReport;
            widget.paginator.updateUI();
        }
    });
});
