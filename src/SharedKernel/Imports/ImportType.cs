using MediatR;

namespace Posyandu.SharedKernel.Imports;

/// <summary>
/// An import type a module declares: what a spreadsheet row of one kind holds and which of the module's own commands
/// it becomes. The shared mechanism (<see cref="ImportServiceCollectionExtensions.AddImportType{T}"/>, endpoints under
/// <c>/api/imports</c>, jobs in the platform database) does the rest: upload (.xlsx or .csv, streamed, size and bomb
/// limits), column mapping (the built-in <see cref="Layouts"/> and mappings saved per layout), the dry run (every
/// command the type plans is validated by the module's own FluentValidation validators, the failures translated to
/// Bahasa Indonesia and named by column), duplicates within the file (<see cref="ImportRow.Unique"/>) and against the
/// module's data (<see cref="FindExistingAsync"/>), the commit as a background job in batches through the module's
/// commands (events flow as for live writes; each row's effect carries a marker in the module's transaction, so a
/// resumed or repeated commit of the same file never applies a row twice), progress, and the error file.
/// <para>A module uses it in three steps:</para>
/// <code>
/// // 1. in AddServices
/// services.AddImportType&lt;ResidentImport&gt;();
///
/// // 2. the type, beside the module's features (internal; resolved per batch from a scope, so it may inject the
/// //    module's DbContext, TimeProvider, ...)
/// internal sealed class ResidentImport(RegistryDbContext db) : ImportType
/// {
///     public override string Name => "registry-residents";
///     public override string Module => RegistryModule.ModuleName;
///     public override string Title => "Keluarga (KK) dan penduduk (NIK)";
///     public override IReadOnlyList&lt;string&gt; Roles => [SharedKernel.Security.Roles.Dpmd, SharedKernel.Security.Roles.Kader];
///     public override IReadOnlyList&lt;ImportColumn&gt; Columns => [new("nik", "NIK", Required: true, Aliases: ["nomor induk kependudukan"]), ...];
///     public override Task PlanAsync(ImportBatch batch, CancellationToken ct)
///     {
///         foreach (var row in batch.Rows)
///         {
///             row.Unique("nik", row["nik"]);                      // duplicates within the file
///             row.Send(new RegisterResident(row["nik"], ...),      // validated by RegisterResident's own validator;
///                 ("Nik", "nik"), ("BirthDate", "tanggalLahir")); // its property → the column its errors belong to
///         }
///         return Task.CompletedTask;
///     }
///     public override async Task&lt;IReadOnlySet&lt;string&gt;&gt; FindExistingAsync(string field, IReadOnlyCollection&lt;string&gt; values, CancellationToken ct) =>
///         field == "nik" ? (await db.Residents.IgnoreQueryFilters().Where(r => values.Contains(r.Nik!)).Select(r => r.Nik!).ToListAsync(ct)).ToHashSet() : new HashSet&lt;string&gt;();
/// }
///
/// // 3. nothing else: the type appears in GET /api/imports/types for the roles it names, and on the page /impor/.
/// </code>
/// <para>Override <see cref="ApplyAsync"/> when a row's commands depend on each other (a household created by the
/// first row of its KK, then the resident in it); the default sends the planned commands in order.</para>
/// </summary>
public abstract class ImportType
{
    /// <summary>The type's id in URLs and saved jobs (<c>registry-residents</c>): lower case, digits and dashes.</summary>
    public abstract string Name { get; }

    /// <summary>The module whose commands the rows become; its database holds the rows' markers.</summary>
    public abstract string Module { get; }

    /// <summary>What the page shows (Bahasa Indonesia).</summary>
    public abstract string Title { get; }

    /// <summary>Who may upload and commit this type (admin always); the same roles the commands' endpoints allow.</summary>
    public abstract IReadOnlyList<string> Roles { get; }

    /// <summary>The fields a row has, in the order the page shows them.</summary>
    public abstract IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>
    /// The XLSX sheet to read, by name (matched ignoring case); a workbook without a sheet of that name is read from its
    /// first sheet. Null: the first sheet. A CSV has one sheet.
    /// </summary>
    public virtual string? Sheet => null;

    /// <summary>
    /// The SPM sector of the rows (<c>health</c>, …; <see cref="SharedKernel.Security.Roles.Sectors"/>), shown on the page:
    /// a kader may upload the type only when serving that sector (their <c>sector</c> claims), as for the sector's
    /// own write endpoints. Null: the type belongs to no sector (the registry's).
    /// </summary>
    public virtual string? Sector => null;

    /// <summary>Built-in layouts (column headers of known spreadsheets); people save more per layout name.</summary>
    public virtual IReadOnlyList<ImportLayout> Layouts => [];

    /// <summary>
    /// Plans each row of the batch (file order): the commands it becomes (<see cref="ImportRow.Send"/>), errors the
    /// validators cannot see (<see cref="ImportRow.Error"/>: an unknown Posyandu), warnings, and unique keys. Called for
    /// the dry run and again at commit (the data may have changed since), in a scope acting as the uploader.
    /// </summary>
    public abstract Task PlanAsync(ImportBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// The values of <paramref name="field"/> among <paramref name="values"/> that the module already holds (NIK, KK):
    /// each such row is rejected as a duplicate of the registry. Looked up across every region (a number is unique in
    /// the province whoever may see the other record).
    /// </summary>
    public virtual Task<IReadOnlySet<string>> FindExistingAsync(string field, IReadOnlyCollection<string> values, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

    /// <summary>Commits one valid row inside the batch's transaction. The default sends its planned commands in order.</summary>
    public virtual async Task ApplyAsync(ImportRow row, ImportSender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(sender);
        foreach (var command in row.Commands)
        {
            await sender.SendAsync(command.Request, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>One field of an import type.</summary>
/// <param name="Field">Its id (<c>nik</c>, <c>tanggalLahir</c>): the key of <see cref="ImportRow"/>'s values and of mappings.</param>
/// <param name="Label">The column header of the platform's own template (Bahasa Indonesia): <c>NIK</c>, <c>Tanggal lahir</c>.</param>
/// <param name="Required">A row without it is rejected (the page marks it).</param>
/// <param name="Aliases">Other headers that mean the same (matched ignoring case, spaces and punctuation).</param>
/// <param name="Hint">The expected format, shown on the page (<c>HH/BB/TTTT atau TTTT-BB-HH</c>).</param>
public sealed record ImportColumn(string Field, string Label, bool Required = false, IReadOnlyList<string>? Aliases = null, string? Hint = null);

/// <summary>A known spreadsheet's headers: field → the header that holds it.</summary>
/// <param name="Name">Its id (<c>posyandu-digital</c>, <c>prodeskel</c>).</param>
/// <param name="Title">What the page shows.</param>
/// <param name="Columns">Field → column header in that spreadsheet.</param>
public sealed record ImportLayout(string Name, string Title, IReadOnlyDictionary<string, string> Columns);

/// <summary>One batch of rows being planned, with the scope it is planned in.</summary>
public sealed class ImportBatch
{
    internal ImportBatch(IReadOnlyList<ImportRow> rows, IServiceProvider services, bool committing) =>
        (Rows, Services, Committing) = (rows, services, committing);

    public IReadOnlyList<ImportRow> Rows { get; }

    /// <summary>The batch's scope: its current user is the uploader (their roles, region and Posyandu).</summary>
    public IServiceProvider Services { get; }

    /// <summary>False in the dry run, true when the plan is about to be applied.</summary>
    public bool Committing { get; }
}

/// <summary>A command a row becomes, and which column each of its properties came from (for the errors).</summary>
public sealed record PlannedCommand(IBaseRequest Request, IReadOnlyDictionary<string, string> FieldsByProperty);

/// <summary>Sends a row's commands through the module's MediatR pipeline in the batch's transaction.</summary>
public abstract class ImportSender
{
    /// <summary>The batch's scope (the module's DbContext in it sees what earlier rows of the batch wrote).</summary>
    public abstract IServiceProvider Services { get; }

    public abstract Task<object?> SendAsync(IBaseRequest command, CancellationToken cancellationToken);

    public async Task<T> SendAsync<T>(IRequest<T> command, CancellationToken cancellationToken) =>
        (T)(await SendAsync((IBaseRequest)command, cancellationToken).ConfigureAwait(false))!;
}
