using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Web;

namespace Posyandu.SharedKernel.Tests.Web;

/// <summary>Database failures that are the caller's doing become client errors, not 500s.</summary>
public sealed class ProblemMappingTests
{
    [Test]
    public void A_unique_index_refusing_a_raced_duplicate_is_a_409()
    {
        var raced = new DbUpdateException("save failed", new SqliteException("UNIQUE constraint failed", 19, 2067));

        Assert.That(ProblemDetailsExceptionHandler.ToProblem(raced).Status, Is.EqualTo(409));
    }

    [Test]
    public void Any_other_database_failure_stays_a_500_without_details()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new DbUpdateException("disk I/O error", new SqliteException("disk I/O error", 10, 10)));

        Assert.That((problem.Status, problem.Detail), Is.EqualTo((500, "An unexpected error occurred. It has been logged.")));
    }

    [Test]
    public void A_database_kept_busy_by_another_process_past_every_wait_is_a_503_not_a_500()
    {
        var saved = ProblemDetailsExceptionHandler.ToProblem(new DbUpdateException("save failed", new SqliteException("database is locked", 5)));
        var read = ProblemDetailsExceptionHandler.ToProblem(new SqliteException("database table is locked", 6));

        Assert.That((saved.Status, read.Status), Is.EqualTo((503, 503)));
    }
}
