using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.ServiceRequests;
using Posyandu.Testing;

namespace Posyandu.Bench;

/// <summary>
/// How much memory a 20 MB document upload costs the host: the body is generated lazily by the client and
/// streamed through the real endpoint into the attachment store; the process's allocations and managed heap are
/// read before and after (client and server share the process, so the figures are an upper bound for the host).
/// </summary>
internal static class UploadMemoryBench
{
    public static async Task RunAsync(int megabytes)
    {
        await using var host = await TestHost.StartAsync(
            modules => modules.Add(new UploadModule()),
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        using var kader = host.Client([Roles.Kader], region: "64.02.01.2001", posyandu: UploadModule.Posyandu, sectors: [Roles.Housing]);
        var created = await kader.PostAsJsonAsync("/api/upload/service-requests", new
        {
            type = "doc", residentId = Guid.NewGuid(), posyanduId = UploadModule.Posyandu, regionCode = "64.02.01.2001", description = "bench",
        });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        await UploadAsync(kader, id, 1); // warm-up: JIT, pools
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heapBefore = GC.GetGCMemoryInfo().HeapSizeBytes;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var peakHeap = heapBefore;
        using var sampler = new Timer(_ => peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false)), null, 0, 5);

        var status = await UploadAsync(kader, id, megabytes);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine($"Upload of a {megabytes} MB PDF through PUT /api/upload/service-requests/{{id}}/attachments/ktp: {(int)status}");
        Console.WriteLine("| measure | MB |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| bytes allocated during the upload (whole process) | {allocated / 1048576.0:F1} |");
        Console.WriteLine($"| managed heap growth at peak (sampled every 5 ms) | {(peakHeap - heapBefore) / 1048576.0:F1} |");
    }

    private static async Task<HttpStatusCode> UploadAsync(HttpClient client, Guid id, int megabytes)
    {
        using var content = new StreamContent(new GeneratedPdfStream(megabytes * 1024L * 1024L), 64 * 1024);
        content.Headers.ContentType = new("application/pdf");
        using var response = await client.PutAsync($"/api/upload/service-requests/{id}/attachments/ktp", content);
        return response.StatusCode;
    }

    /// <summary>A PDF-looking stream of the given length, produced on demand so the client holds no copy.</summary>
    private sealed class GeneratedPdfStream(long length) : Stream
    {
        private static readonly byte[] Header = "%PDF-1.4\n"u8.ToArray();
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                var p = _position + i;
                buffer[offset + i] = p < Header.Length ? Header[p] : (byte)('0' + (p % 10));
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class UploadModule : Posyandu.SharedKernel.Modules.IModule
{
    public static readonly Guid Posyandu = Guid.NewGuid();

    public string Name => "upload";

    public string Title => "upload bench";

    public bool Owns(Type type) => type == typeof(UploadDbContext);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<UploadDbContext, UploadDbContext, UploadDbContext>(configuration, Name);
        services.AddServiceRequests(configuration, Name, Roles.Housing, new ServiceRequestType("doc", "Dokumen", []));
    }

    public void MapEndpoints(IEndpointRouteBuilder group) => group.MapServiceRequests(Name);
}

public sealed class UploadDbContext(DbContextOptions<UploadDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "upload";

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.AddServiceRequests();
}
