using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QuestionsEcrites.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuthorAnId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnId",
                table: "Authors",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Authors_Legislature_AnId",
                table: "Authors",
                columns: new[] { "Legislature", "AnId" },
                unique: true,
                filter: "\"AnId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Authors_Legislature_AnId",
                table: "Authors");

            migrationBuilder.DropColumn(
                name: "AnId",
                table: "Authors");
        }
    }
}
