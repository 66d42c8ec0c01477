using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Security;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// <c>/api/imports</c>: the import types, upload, a job's state, dry run, rows, commit and error file. Every endpoint
/// is for DPMD, the sector OPDs and kader (each type narrows it to its own <see cref="ImportType.Roles"/>: 403), within
/// their scope — a job is seen in its uploader's region, a kader's in the kader's Posyandu; the village government
/// (desa) imports nothing.
/// </summary>
public static class ImportEndpoints
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Importers = [Roles.Dpmd, Roles.Kader, .. Roles.Sectors];

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/imports").WithTags("Imports");
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/types", async (ImportDesk desk, CancellationToken ct) => TypedResults.Ok(await desk.TypesAsync(ct)))
            .WithName("ListImportTypes")
            .WithSummary("The import types the caller may use, with their columns and layouts (built in and saved).")
            .RequireRoles(Importers);

        group.MapGet("/", async (ImportDesk desk, CancellationToken ct) => TypedResults.Ok(await desk.ListAsync(ct)))
            .WithName("ListImportJobs")
            .WithSummary("The newest 50 import jobs the caller may see (their region; a kader's Posyandu).")
            .RequireRoles(Importers);

        var maxUpload = app.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value.MaxUploadBytes;
        group.MapPost("/types/{type}/files", async ([Description("The import type, e.g. registry-residents.")] string type,
                    [Description("The uploaded file's name (shown on the page).")] string? fileName, HttpRequest http, ImportDesk desk, CancellationToken ct) =>
            {
                // Streamed from the socket to the import folder: the body is never buffered whole.
                var job = await desk.UploadAsync(type, fileName, http.Body, ct);
                return TypedResults.Created($"/api/imports/{job.Id}", job);
            })
            .WithName("UploadImportFile")
            .WithSummary("Upload a spreadsheet (raw body, .xlsx or .csv) for an import type: checks its limits, reads its header row and suggests a column mapping.")
            .Accepts<Stream>("text/csv", XlsxContentType, "application/octet-stream")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            // The request limit a little above the file limit, so the body's own check answers with its message.
            .WithMetadata(new RequestSize(maxUpload + 64 * 1024))
            .RequireRoles(Importers);

        group.MapGet("/{id:guid}", async (Guid id, ImportDesk desk, CancellationToken ct) => TypedResults.Ok(await desk.GetAsync(id, ct)))
            .WithName("GetImportJob")
            .WithSummary("One import job: status, progress and counts.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Importers);

        group.MapPost("/{id:guid}/dry-run", async (Guid id, ImportDesk.DryRunBody body, ImportDesk desk, CancellationToken ct) =>
                TypedResults.Accepted($"/api/imports/{id}", await desk.DryRunAsync(id, body, ct)))
            .WithName("DryRunImport")
            .WithSummary("Validate every row (a background job) with the mapping given (columns: field → header), a layout's, or the suggested one; saveAs keeps the mapping under a layout name.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Importers);

        group.MapGet("/{id:guid}/rows", async (Guid id, ImportDesk desk, CancellationToken ct,
                    [Description("valid, invalid or imported.")] string? status = null, int skip = 0, int take = 100) =>
                TypedResults.Ok(await desk.RowsAsync(id, status, skip, take, ct)))
            .WithName("ListImportRows")
            .WithSummary("The dry run's (and commit's) outcome per row: status, errors and warnings with the column and a message in Bahasa Indonesia.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRoles(Importers);

        group.MapPost("/{id:guid}/commit", async (Guid id, ImportDesk desk, CancellationToken ct) =>
                TypedResults.Accepted($"/api/imports/{id}", await desk.CommitAsync(id, ct)))
            .WithName("CommitImport")
            .WithSummary("Import the valid rows (a background job, in batches through the module's commands); after a failure, the same call resumes without importing a row twice.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(Importers);

        group.MapGet("/{id:guid}/errors", async (Guid id, ImportDesk desk, CancellationToken ct) =>
            {
                var (content, contentType, name) = await desk.ErrorFileAsync(id, ct);
                return TypedResults.File(content, contentType, name);
            })
            .WithName("DownloadImportErrors")
            .WithSummary("The rejected rows as uploaded, with a Kesalahan column, in the file's format — to fix and upload again.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", XlsxContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict) // the uploaded file was deleted (retention)
            .RequireRoles(Importers);

        return app;
    }

    private sealed class RequestSize(long maxRequestBodySize) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => maxRequestBodySize;
    }

}
