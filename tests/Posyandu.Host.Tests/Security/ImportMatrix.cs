using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Imports;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;
using Posyandu.Testing.Matrix;
using static Posyandu.Testing.Matrix.EndpointSample;

namespace Posyandu.Host.Tests.Security;

/// <summary>
/// Bulk import (<c>/api/imports</c>, SharedKernel) in the authorisation matrix: a job is seen in its uploader's region
/// (a DPMD coordinator of another regency gets 404), the types and an upload are not region-bound (the rows' Posyandu
/// are checked by the dry run), the village government is refused everywhere.
/// </summary>
public sealed class ImportMatrix() : AuthorizationMatrix("imports")
{
    private const string Csv = "No. KK;NIK;Nama;Jenis kelamin;Tanggal lahir;Hubungan keluarga;Posyandu\n6402010101209001;6402011501800001;Budi;L;15/01/1980;Kepala Keluarga;Posyandu Melati";

    protected override IEnumerable<EndpointSample> Samples =>
    [
        Get("/api/imports/types", _ => "/api/imports/types", OutsideScope.NotRegionBound),
        Get("/api/imports/", _ => "/api/imports/", OutsideScope.EmptyList),
        new("POST", "/api/imports/types/{type}/files", _ => new HttpRequestMessage(HttpMethod.Post, "/api/imports/types/registry-residents/files?fileName=matriks.csv")
        {
            Content = new StringContent(Csv, Encoding.UTF8, "text/csv"),
        }, OutsideScope.NotRegionBound),
        Get("/api/imports/{id:guid}", w => $"/api/imports/{w["import-validated"]}", OutsideScope.NotFound),
        Post("/api/imports/{id:guid}/dry-run", w => $"/api/imports/{w["import-uploaded"]}/dry-run", _ => new { }, OutsideScope.NotFound),
        Get("/api/imports/{id:guid}/rows", w => $"/api/imports/{w["import-validated"]}/rows", OutsideScope.NotFound),
        Post("/api/imports/{id:guid}/commit", w => $"/api/imports/{w["import-validated"]}/commit", null, OutsideScope.NotFound),
        Get("/api/imports/{id:guid}/errors", w => $"/api/imports/{w["import-validated"]}/errors", OutsideScope.NotFound),
    ];

    protected override async Task SeedAsync()
    {
        using var dpmd = Host.Client([Roles.Dpmd], region: MatrixWorld.InsideRegion);
        World.Ids["import-uploaded"] = await UploadAsync(dpmd);
        var validated = await UploadAsync(dpmd);
        (await dpmd.PostJson($"/api/imports/{validated}/dry-run", new { })).EnsureSuccessStatusCode();
        // This host runs no Hangfire server: the dry run is run here, as the server would.
        await Host.Services.GetRequiredService<ImportJobRunner>().ValidateAsync(Guid.Parse(validated), CancellationToken.None);
        World.Ids["import-validated"] = validated;
    }

    private static async Task<string> UploadAsync(HttpClient client)
    {
        using var content = new StringContent(Csv, Encoding.UTF8, "text/csv");
        var response = await client.PostAsync("/api/imports/types/registry-residents/files?fileName=matriks.csv", content);
        var job = await response.ShouldBe<System.Text.Json.JsonElement>(System.Net.HttpStatusCode.Created);
        return job.GetProperty("id").GetString()!;
    }
}
