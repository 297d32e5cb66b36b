/*
 * The attendance grid (training/session.xhtml). Each row's marks are radio buttons: Tab reaches a
 * row, the arrow keys move between its marks, and the keys 1 to 4 give the row's first to fourth
 * mark and move on to the next row, so that a whole grid is marked without the mouse. The counts
 * above the grid follow the marks as they are given; nothing is saved until Save.
 */
(function () {
    function counts(grid) {
        var tally = {'': 0};
        grid.querySelectorAll('[data-count]').forEach(function (c) { tally[c.getAttribute('data-count')] = 0; });
        grid.querySelectorAll('tr.grid-row').forEach(function (row) {
            var checked = row.querySelector('input[type=radio]:checked');
            var key = checked ? checked.value : '';
            tally[key] = (tally[key] || 0) + 1;
        });
        grid.querySelectorAll('[data-count]').forEach(function (c) {
            c.textContent = tally[c.getAttribute('data-count')] || 0;
        });
    }

    function focusRow(row) {
        if (!row) {
            return;
        }
        var target = row.querySelector('input[type=radio]:checked') || row.querySelector('input[type=radio]');
        if (target) {
            target.focus();
        }
    }

    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (!input.matches || !input.matches('.attendance input[type=radio]') || event.ctrlKey || event.altKey || event.metaKey) {
            return;
        }
        var n = '1234'.indexOf(event.key);
        if (n < 0) {
            return;
        }
        event.preventDefault();
        var row = input.closest('tr.grid-row');
        var radios = row.querySelectorAll('input[type=radio]');
        if (radios[n] && !radios[n].disabled) {
            radios[n].click();
            focusRow(row.nextElementSibling);
        }
    });

    document.addEventListener('change', function (event) {
        var grid = event.target.closest && event.target.closest('.attendance-grid');
        if (grid) {
            counts(grid);
        }
    });
})();
