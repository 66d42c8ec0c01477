namespace Posyandu.SharedKernel.Operations;

/// <summary>
/// <c>manifest.json</c> of a backup set: one entry per module database and the attachment store. Restore checks the
/// set against it (checksums) and against the host (the same modules, schema versions this build knows).
/// </summary>
/// <param name="Format">The manifest's own version.</param>
/// <param name="CreatedAt">The consistent cut (UTC): every module file is the state of that instant.</param>
public sealed record BackupManifest(int Format, DateTime CreatedAt, IReadOnlyList<BackupModuleFile> Modules, BackupAttachments Attachments)
{
    public const string FileName = "manifest.json";

    public const int CurrentFormat = 1;
}

/// <param name="File">The file name inside the set (<c>{module}.db</c>).</param>
/// <param name="SchemaVersion">The last applied EF migration, or null for a module without migrations.</param>
/// <param name="LastOutboxSequence">The highest outbox sequence in the file: how far the module's event history goes.</param>
/// <param name="Sha256">Lower-case hex of the file's SHA-256.</param>
public sealed record BackupModuleFile(string Module, string File, string? SchemaVersion, long LastOutboxSequence, long Bytes, string Sha256);

/// <summary>The content-addressed attachment store, copied into <see cref="Folder"/>; each file is named by its own SHA-256.</summary>
public sealed record BackupAttachments(string Folder, int Files, long Bytes);

/// <summary>A backup set that restore refuses: mismatched with this host, incomplete or corrupt. The message says which and why.</summary>
public sealed class BackupRejectedException : Exception
{
    public BackupRejectedException(string message)
        : base(message)
    {
    }

    public BackupRejectedException()
    {
    }

    public BackupRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
