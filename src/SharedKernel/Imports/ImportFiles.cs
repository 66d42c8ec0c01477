using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// Where uploaded files lie: <see cref="ImportOptions.Directory"/>, by default <c>imports</c> in the data folder.
/// A file holds personal data (the kader's register): it is kept only for the dry run, the commit and the error file.
/// </summary>
public sealed class ImportFiles(IOptions<ImportOptions> options, IHostEnvironment environment, IConfiguration configuration)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath,
        options.Value.Directory ?? Path.Combine(configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.DataDirectory ?? "data", "imports")));

    public string PathOf(Guid jobId) => Path.Combine(Root, jobId.ToString("N"));
}
