using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QuestionsEcrites.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuthorNameSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameSource",
                table: "Authors",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Document");

            // Rows stored before: a deputy known by identifier alone carried it as the name.
            migrationBuilder.Sql("UPDATE \"Authors\" SET \"NameSource\" = 'Identifier' WHERE \"AnId\" IS NOT NULL AND upper(\"Name\") = upper(\"AnId\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameSource",
                table: "Authors");
        }
    }
}
