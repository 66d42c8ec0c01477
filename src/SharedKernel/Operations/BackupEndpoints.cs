using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Operations;

/// <summary><c>POST /api/platform/backups</c>: an online backup now, as a background job (admin).</summary>
public static class BackupEndpoints
{
    /// <summary>The queued backup job and the folder its set will be written under.</summary>
    public sealed record BackupQueued(string JobId, string Directory);

    public static IEndpointRouteBuilder MapBackupEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/platform/backups", Results<Accepted<BackupQueued>, ProblemHttpResult> (BackupService backups, IBackgroundJobClient jobs) =>
                backups.IsSupported
                    ? TypedResults.Accepted("/hangfire/jobs/processing", new BackupQueued(jobs.Enqueue<BackupJob>(j => j.RunAsync(CancellationToken.None)), backups.BackupsRoot))
                    : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not on SQL Server.",
                        detail: "The platform backs up its SQLite files only; SQL Server databases are backed up by the database server (README, Operating)."))
            .WithTags("Platform")
            .WithName("BackUpNow")
            .WithSummary("Takes an online backup of every module's database and the attachment store into a new folder under Backup:Directory (with a manifest), as a background job; the retention applies (also: dotnet run --project src/Host -- backup <folder>).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles();
        return app;
    }
}
